package dev.retort.cli;

import dev.retort.runtime.ErrorCode;
import dev.retort.runtime.RetortException;

/** The command line was called wrongly; exits with {@link ErrorCode#USAGE}. */
final class UsageException extends RetortException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(ErrorCode.USAGE, message);
  }
}
