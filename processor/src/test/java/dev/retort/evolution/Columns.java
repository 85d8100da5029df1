package dev.retort.evolution;

import java.util.Locale;

/** The column name a field maps to, as the processor's naming strategies define it. */
final class Columns {
  private Columns() {}

  static String name(String naming, FieldSpec f) {
    if (f.column() != null) {
      return f.column();
    }
    return naming.equals("snake") ? snake(f.name()) : f.name();
  }

  /** camelCase to snake_case, as Spring Boot's physical naming strategy does. */
  static String snake(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append('_');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  static String lower(String name) {
    return snake(name).toLowerCase(Locale.ROOT);
  }
}
