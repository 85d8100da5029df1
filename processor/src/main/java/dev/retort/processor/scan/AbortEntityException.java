package dev.retort.processor.scan;

/** Stops scanning one entity after its error was reported; caught per entity so the others are still read. */
final class AbortEntityException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  AbortEntityException() {
    super(null, null, false, false);
  }
}
