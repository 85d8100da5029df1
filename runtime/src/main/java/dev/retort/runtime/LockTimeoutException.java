package dev.retort.runtime;

import java.time.Duration;

/**
 * The migration lock was not acquired within the configured time. Nothing was run. The message names the
 * holder where the database can tell (PostgreSQL: pid, application name, since when) and the option that sets
 * the timeout.
 */
public class LockTimeoutException extends RetortException {
  private static final long serialVersionUID = 1L;

  private final transient Duration waited;

  public LockTimeoutException(String message, Duration waited, Throwable cause) {
    super(ErrorCode.LOCK_TIMEOUT, message, cause);
    this.waited = waited;
  }

  /** How long the migrator waited. */
  public Duration waited() {
    return waited;
  }
}
