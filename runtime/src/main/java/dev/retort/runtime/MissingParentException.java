package dev.retort.runtime;

/** A revision names a parent that the application does not contain. */
public class MissingParentException extends RetortException {
  private static final long serialVersionUID = 1L;

  public MissingParentException(String message) {
    super(ErrorCode.MISSING_PARENT, message);
  }

  public MissingParentException(String message, Throwable cause) {
    super(ErrorCode.MISSING_PARENT, message, cause);
  }
}
