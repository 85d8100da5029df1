package dev.retort.runtime;

/** A target names no revision, several revisions (an ambiguous prefix), or one that cannot be reached. */
public class UnknownRevisionException extends RetortException {
  private static final long serialVersionUID = 1L;

  public UnknownRevisionException(String message) {
    super(ErrorCode.UNKNOWN_REVISION, message);
  }

  public UnknownRevisionException(String message, Throwable cause) {
    super(ErrorCode.UNKNOWN_REVISION, message, cause);
  }
}
