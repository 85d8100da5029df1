package dev.retort.cli;

/** Splits the {@code from:to} form that {@code --sql} accepts. */
final class OfflineRange {
  private OfflineRange() {}

  /** {@code [from, to]}; {@code defaultFrom} when no {@code from:} is given (null: required). */
  static String[] split(String target, String defaultFrom) {
    int colon = target.indexOf(':');
    if (colon < 0) {
      if (defaultFrom == null) {
        throw new UsageException("downgrade --sql needs from:to, e.g. head:-1 or 0003:base, since it does not read"
            + " the database");
      }
      return new String[] {defaultFrom, target};
    }
    return new String[] {target.substring(0, colon), target.substring(colon + 1)};
  }
}
