package dev.retort.runtime;

import java.util.Locale;

/**
 * What a history row records: a revision applied ({@code UP}), reverted ({@code DOWN}), or marked as applied
 * ({@code STAMP}) or not applied ({@code UNSTAMP}) without running anything.
 */
public enum Direction {
  UP, DOWN, STAMP, UNSTAMP;

  /** The lower-case form stored in {@code retort_history.direction}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Direction fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
