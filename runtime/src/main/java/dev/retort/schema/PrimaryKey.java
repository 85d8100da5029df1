package dev.retort.schema;

import java.util.List;

/**
 * A table's primary key.
 *
 * @param name the constraint name, or null to let the database choose
 * @param columns the key columns, in key order
 */
public record PrimaryKey(String name, List<String> columns) {
  public PrimaryKey {
    columns = Names.requireColumns(columns, "primary key");
  }

  public static PrimaryKey of(String... columns) {
    return new PrimaryKey(null, List.of(columns));
  }
}
