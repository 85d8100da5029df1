package dev.retort.runtime.sql;

import java.sql.SQLException;

/**
 * A statement of a batch failed. Carries the failing step and the driver's exception; the migrator turns it into
 * the user-facing error that names the revision. {@link #workCompleted()} tells whether the failure came after
 * the batch's work (in its bookkeeping), which matters when the work ran outside a transaction.
 */
public final class StatementFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient SqlStep step;
  private final boolean workCompleted;

  public StatementFailedException(SqlStep step, SQLException cause, boolean workCompleted) {
    super(cause.getMessage(), cause);
    this.step = step;
    this.workCompleted = workCompleted;
  }

  /** The step that failed, or null when the transaction itself failed (begin, commit). */
  public SqlStep step() {
    return step;
  }

  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }

  public boolean workCompleted() {
    return workCompleted;
  }
}
