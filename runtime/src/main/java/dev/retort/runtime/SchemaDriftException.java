package dev.retort.runtime;

/** The live schema differs from the schema the applied revisions promise, where that would lose data. */
public class SchemaDriftException extends RetortException {
  private static final long serialVersionUID = 1L;

  public SchemaDriftException(String message) {
    super(ErrorCode.SCHEMA_DRIFT, message);
  }

  public SchemaDriftException(String message, Throwable cause) {
    super(ErrorCode.SCHEMA_DRIFT, message, cause);
  }
}
