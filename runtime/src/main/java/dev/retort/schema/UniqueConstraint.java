package dev.retort.schema;

import java.util.List;

/** A named unique constraint on one or more columns. */
public record UniqueConstraint(String name, List<String> columns) {
  public UniqueConstraint {
    Names.require(name, "unique constraint name");
    columns = Names.requireColumns(columns, "unique constraint " + name);
  }

  public static UniqueConstraint of(String name, String... columns) {
    return new UniqueConstraint(name, List.of(columns));
  }
}
