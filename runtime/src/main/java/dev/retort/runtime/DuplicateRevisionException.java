package dev.retort.runtime;

/** Two revisions share an id, or a revision's id is empty. */
public class DuplicateRevisionException extends RetortException {
  private static final long serialVersionUID = 1L;

  public DuplicateRevisionException(String message) {
    super(ErrorCode.DUPLICATE_REVISION, message);
  }

  public DuplicateRevisionException(String message, Throwable cause) {
    super(ErrorCode.DUPLICATE_REVISION, message, cause);
  }
}
