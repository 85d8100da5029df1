package dev.retort.runtime;

/** The database records revisions that this application does not contain (a newer release ran). */
public class UnknownAppliedRevisionException extends RetortException {
  private static final long serialVersionUID = 1L;

  public UnknownAppliedRevisionException(String message) {
    super(ErrorCode.UNKNOWN_APPLIED_REVISION, message);
  }

  public UnknownAppliedRevisionException(String message, Throwable cause) {
    super(ErrorCode.UNKNOWN_APPLIED_REVISION, message, cause);
  }
}
