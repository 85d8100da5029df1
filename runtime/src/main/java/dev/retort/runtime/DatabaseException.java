package dev.retort.runtime;

/** The database failed outside any revision, e.g. while reading or writing the version tables. */
public class DatabaseException extends RetortException {
  private static final long serialVersionUID = 1L;

  public DatabaseException(String message) {
    super(ErrorCode.DATABASE, message);
  }

  public DatabaseException(String message, Throwable cause) {
    super(ErrorCode.DATABASE, message, cause);
  }
}
