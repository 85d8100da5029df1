package dev.retort.runtime;

/** The revisions' parents form a cycle. */
public class RevisionCycleException extends RetortException {
  private static final long serialVersionUID = 1L;

  public RevisionCycleException(String message) {
    super(ErrorCode.REVISION_CYCLE, message);
  }

  public RevisionCycleException(String message, Throwable cause) {
    super(ErrorCode.REVISION_CYCLE, message, cause);
  }
}
