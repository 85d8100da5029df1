package dev.retort.runtime.sql;

/** The guard of a batch failed: another migrator changed the version table first. Nothing was run. */
public final class StaleStateException extends Exception {
  private static final long serialVersionUID = 1L;

  public StaleStateException(String message) {
    super(message);
  }
}
