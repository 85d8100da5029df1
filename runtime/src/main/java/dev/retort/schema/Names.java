package dev.retort.schema;

import java.util.List;

/** Argument checks shared by the model records. Not API. */
final class Names {
  private Names() {}

  static String require(String name, String what) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return name;
  }

  static List<String> requireColumns(List<String> columns, String what) {
    if (columns == null || columns.isEmpty()) {
      throw new IllegalArgumentException(what + " needs at least one column");
    }
    columns.forEach(c -> require(c, "column name in " + what));
    return List.copyOf(columns);
  }
}
