package dev.retort.runtime;

import java.util.Objects;

/**
 * The root of every error Retort reports. Unchecked; each subclass is named for what the user sees failing and
 * carries an {@link ErrorCode}. Messages say what happened and the way out; they never contain passwords or
 * bound parameter values.
 */
public class RetortException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public RetortException(ErrorCode code, String message) {
    this(code, message, null);
  }

  public RetortException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  public ErrorCode code() {
    return code;
  }
}
