package dev.retort.schema;

import java.util.List;

/**
 * A named index on one or more columns.
 *
 * <pre>{@code
 * Index.of("ix_todos_owner_id", "owner_id"); Index.of("ux_users_email", "email").asUnique();
 * }</pre>
 */
public record Index(String name, List<String> columns, boolean unique) {
  public Index {
    Names.require(name, "index name");
    columns = Names.requireColumns(columns, "index " + name);
  }

  public static Index of(String name, String... columns) {
    return new Index(name, List.of(columns), false);
  }

  public Index asUnique() {
    return new Index(name, columns, true);
  }
}
