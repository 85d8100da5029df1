package dev.retort.runtime;

/** The revision graph has no base revision (one without parents), or more than one. */
public class BaseRevisionException extends RetortException {
  private static final long serialVersionUID = 1L;

  public BaseRevisionException(String message) {
    super(ErrorCode.BASE_REVISION, message);
  }

  public BaseRevisionException(String message, Throwable cause) {
    super(ErrorCode.BASE_REVISION, message, cause);
  }
}
