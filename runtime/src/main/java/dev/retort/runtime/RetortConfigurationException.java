package dev.retort.runtime;

/** Retort is configured wrongly: no data source, no dialect for the database, or no revisions. */
public class RetortConfigurationException extends RetortException {
  private static final long serialVersionUID = 1L;

  public RetortConfigurationException(String message) {
    super(ErrorCode.CONFIGURATION, message);
  }

  public RetortConfigurationException(String message, Throwable cause) {
    super(ErrorCode.CONFIGURATION, message, cause);
  }
}
