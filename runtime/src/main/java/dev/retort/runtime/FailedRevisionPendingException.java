package dev.retort.runtime;

/** A non-transactional revision failed part-way in an earlier run; the database must be checked by hand. */
public class FailedRevisionPendingException extends RetortException {
  private static final long serialVersionUID = 1L;

  public FailedRevisionPendingException(String message) {
    super(ErrorCode.FAILED_REVISION_PENDING, message);
  }

  public FailedRevisionPendingException(String message, Throwable cause) {
    super(ErrorCode.FAILED_REVISION_PENDING, message, cause);
  }
}
