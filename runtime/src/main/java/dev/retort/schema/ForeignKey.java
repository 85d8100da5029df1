package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * A named foreign key.
 *
 * <pre>{@code
 * ForeignKey.of("fk_todos_owner_id", List.of("owner_id"), "users", List.of("id")).onDelete(Action.CASCADE)
 * }</pre>
 */
public record ForeignKey(
    String name,
    List<String> columns,
    String referencedTable,
    List<String> referencedColumns,
    Action onDelete,
    Action onUpdate) {

  /** Referential actions. */
  public enum Action {
    NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT;

    /** The SQL words, e.g. {@code SET NULL}. */
    public String sql() {
      return name().replace('_', ' ');
    }
  }

  public ForeignKey {
    Names.require(name, "foreign key name");
    columns = Names.requireColumns(columns, "foreign key " + name);
    Names.require(referencedTable, "referenced table of foreign key " + name);
    referencedColumns = Names.requireColumns(referencedColumns, "foreign key " + name + " (referenced)");
    if (columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException(
          "foreign key " + name + " has " + columns.size() + " columns but references " + referencedColumns.size());
    }
    Objects.requireNonNull(onDelete, "onDelete");
    Objects.requireNonNull(onUpdate, "onUpdate");
  }

  public static ForeignKey of(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, Action.NO_ACTION, Action.NO_ACTION);
  }

  public ForeignKey onDelete(Action action) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, action, onUpdate);
  }

  public ForeignKey onUpdate(Action action) {
    return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, action);
  }
}
