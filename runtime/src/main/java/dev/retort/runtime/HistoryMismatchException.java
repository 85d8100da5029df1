package dev.retort.runtime;

/** The applied revisions were reached through a different graph than the application's. */
public class HistoryMismatchException extends RetortException {
  private static final long serialVersionUID = 1L;

  public HistoryMismatchException(String message) {
    super(ErrorCode.HISTORY_MISMATCH, message);
  }

  public HistoryMismatchException(String message, Throwable cause) {
    super(ErrorCode.HISTORY_MISMATCH, message, cause);
  }
}
