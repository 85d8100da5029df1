package dev.retort.runtime;

import java.sql.SQLException;

/**
 * A revision failed while it ran. The message names the revision, the operation, the SQL statement and the
 * database's message (never bound values); {@link #sqlState()} and the cause keep what the driver said. A
 * transactional revision was rolled back and recorded nowhere; a non-transactional one is recorded as failed.
 */
public class RevisionFailedException extends RetortException {
  private static final long serialVersionUID = 1L;

  private final String revision;
  private final String operation;
  private final String sql;
  private final String sqlState;

  public RevisionFailedException(String revision, String operation, String sql, String reason, Throwable cause) {
    super(ErrorCode.REVISION_FAILED, message(revision, operation, sql, reason), cause);
    this.revision = revision;
    this.operation = operation;
    this.sql = sql;
    this.sqlState = cause instanceof SQLException s ? s.getSQLState() : null;
  }

  private static String message(String revision, String operation, String sql, String reason) {
    StringBuilder out = new StringBuilder("revision ").append(revision).append(" failed");
    if (operation != null) {
      out.append("\n  operation: ").append(operation);
    }
    if (sql != null) {
      out.append("\n  sql:       ").append(sql);
    }
    out.append("\n  error:     ").append(reason);
    return out.toString();
  }

  /** The id of the revision that failed. */
  public String revision() {
    return revision;
  }

  /** The operation that failed ({@code OpText.describe}), or null when the revision's own code failed. */
  public String operation() {
    return operation;
  }

  /** The SQL statement that failed, or null when no statement was running. */
  public String sql() {
    return sql;
  }

  /** The SQLState the driver reported, or null. */
  public String sqlState() {
    return sqlState;
  }
}
