package dev.retort.runtime;

/** {@code head} was asked for while the revision graph has several heads; a merge revision joins them. */
public class MultipleHeadsException extends RetortException {
  private static final long serialVersionUID = 1L;

  public MultipleHeadsException(String message) {
    super(ErrorCode.MULTIPLE_HEADS, message);
  }

  public MultipleHeadsException(String message, Throwable cause) {
    super(ErrorCode.MULTIPLE_HEADS, message, cause);
  }
}
