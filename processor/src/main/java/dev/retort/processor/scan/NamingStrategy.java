package dev.retort.processor.scan;

import dev.retort.processor.ProcessorOptions.Naming;
import java.util.Locale;

/**
 * Turns logical names (as JPA derives or the user writes them) into physical database names, applied to tables,
 * columns, join columns, join tables, collection tables and sequences alike.
 *
 * <p>{@code jpa} keeps names as written, as Hibernate ORM does by default. {@code snake} follows Spring Boot's
 * {@code CamelCaseToUnderscoresNamingStrategy}: an underscore between a lower-case letter or digit and an upper-case
 * letter followed by a lower-case letter or digit, dots become underscores, everything lower case.
 */
public enum NamingStrategy {
  JPA {
    @Override
    public String apply(String logical) {
      return logical;
    }
  },
  SNAKE {
    @Override
    public String apply(String logical) {
      StringBuilder b = new StringBuilder(logical.replace('.', '_'));
      for (int i = 1; i < b.length() - 1; i++) {
        if (underscoreRequired(b.charAt(i - 1), b.charAt(i), b.charAt(i + 1))) {
          b.insert(i++, '_');
        }
      }
      return b.toString().toLowerCase(Locale.ROOT);
    }

    private boolean underscoreRequired(char before, char current, char after) {
      return (Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
          && (Character.isLowerCase(after) || Character.isDigit(after));
    }
  };

  /** The physical name for a logical one. */
  public abstract String apply(String logical);

  /** Whether join tables default to {@code <owner table>_<attribute>} (Spring Boot) instead of JPA's two tables. */
  public boolean joinTableFromAttribute() {
    return this == SNAKE;
  }

  public static NamingStrategy of(Naming naming) {
    return naming == Naming.SNAKE ? SNAKE : JPA;
  }
}
