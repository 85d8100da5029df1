package dev.retort.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A table: columns in their declared order, then its keys, indexes and constraints, each list sorted by name
 * so that two equal tables are equal records.
 *
 * <pre>{@code
 * Table.named("todos")
 *     .column(Column.of("id", ColumnType.BIGINT).asIdentity())
 *     .column(Column.of("title", ColumnType.varchar(200)).notNull())
 *     .primaryKey("id")
 *     .build()
 * }</pre>
 *
 * @param primaryKey the primary key, or null for none
 * @param comment a table comment, or null
 */
public record Table(
    String name,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<Index> indexes,
    List<UniqueConstraint> uniqueConstraints,
    List<ForeignKey> foreignKeys,
    List<CheckConstraint> checkConstraints,
    String comment) {

  public Table {
    Names.require(name, "table name");
    columns = List.copyOf(columns);
    indexes = sorted(indexes, Index::name);
    uniqueConstraints = sorted(uniqueConstraints, UniqueConstraint::name);
    foreignKeys = sorted(foreignKeys, ForeignKey::name);
    checkConstraints = sorted(checkConstraints, CheckConstraint::name);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("table " + name + " has no columns");
    }
    Set<String> seen = new HashSet<>();
    for (Column c : columns) {
      if (!seen.add(c.name())) {
        throw new IllegalArgumentException("table " + name + " has two columns named " + c.name());
      }
    }
    if (primaryKey != null) {
      requireColumns(seen, primaryKey.columns(), "primary key");
    }
    for (Index i : indexes) {
      requireColumns(seen, i.columns(), "index " + i.name());
    }
    for (UniqueConstraint u : uniqueConstraints) {
      requireColumns(seen, u.columns(), "unique constraint " + u.name());
    }
    for (ForeignKey f : foreignKeys) {
      requireColumns(seen, f.columns(), "foreign key " + f.name());
    }
  }

  private void requireColumns(Set<String> known, List<String> used, String what) {
    for (String c : used) {
      if (!known.contains(c)) {
        throw new IllegalArgumentException(what + " of table " + name + " names unknown column " + c);
      }
    }
  }

  private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(key));
    for (int i = 1; i < copy.size(); i++) {
      if (key.apply(copy.get(i)).equals(key.apply(copy.get(i - 1)))) {
        throw new IllegalArgumentException("two constraints or indexes named " + key.apply(copy.get(i)));
      }
    }
    return List.copyOf(copy);
  }

  /** Starts a table definition. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** A builder initialised with this table, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.columns.addAll(columns);
    b.primaryKey = primaryKey;
    b.indexes.addAll(indexes);
    b.uniqueConstraints.addAll(uniqueConstraints);
    b.foreignKeys.addAll(foreignKeys);
    b.checkConstraints.addAll(checkConstraints);
    b.comment = comment;
    return b;
  }

  public Optional<Column> column(String columnName) {
    for (Column c : columns) {
      if (c.name().equals(columnName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** Builds a {@link Table}; the form generated revisions use. */
  public static final class Builder {
    private String name;
    private final List<Column> columns = new ArrayList<>();
    private PrimaryKey primaryKey;
    private final List<Index> indexes = new ArrayList<>();
    private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checkConstraints = new ArrayList<>();
    private String comment;

    private Builder(String name) {
      this.name = name;
    }

    public Builder name(String newName) {
      this.name = newName;
      return this;
    }

    public Builder column(Column column) {
      columns.add(column);
      return this;
    }

    /** Replaces the column of the same name, keeping its position. */
    public Builder replaceColumn(Column column) {
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).name().equals(column.name())) {
          columns.set(i, column);
          return this;
        }
      }
      throw new IllegalArgumentException("table " + name + " has no column " + column.name());
    }

    public Builder columns(List<Column> all) {
      columns.clear();
      columns.addAll(all);
      return this;
    }

    public Builder primaryKey(String... keyColumns) {
      return primaryKey(PrimaryKey.of(keyColumns));
    }

    public Builder primaryKey(PrimaryKey key) {
      this.primaryKey = key;
      return this;
    }

    public Builder index(Index index) {
      indexes.add(index);
      return this;
    }

    public Builder unique(UniqueConstraint constraint) {
      uniqueConstraints.add(constraint);
      return this;
    }

    public Builder foreignKey(ForeignKey key) {
      foreignKeys.add(key);
      return this;
    }

    public Builder check(CheckConstraint check) {
      checkConstraints.add(check);
      return this;
    }

    public Builder comment(String text) {
      this.comment = text;
      return this;
    }

    public List<Column> columns() {
      return columns;
    }

    public List<Index> indexes() {
      return indexes;
    }

    public List<UniqueConstraint> uniqueConstraints() {
      return uniqueConstraints;
    }

    public List<ForeignKey> foreignKeys() {
      return foreignKeys;
    }

    public List<CheckConstraint> checkConstraints() {
      return checkConstraints;
    }

    public Table build() {
      return new Table(name, columns, primaryKey, indexes, uniqueConstraints, foreignKeys, checkConstraints, comment);
    }
  }
}
