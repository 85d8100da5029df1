package dev.retort.runtime;

/**
 * What went wrong, as a stable code: every {@link RetortException} carries one, and the command line exits with
 * its {@link #exitCode()} so that scripts can tell a lock timeout from an edited revision.
 */
public enum ErrorCode {
  /** The command line was called wrongly (unknown verb or option, missing argument). */
  USAGE(2),
  /** Retort was configured wrongly: no data source, no dialect for the database, no revisions found. */
  CONFIGURATION(3),
  /** Two revisions share an id, or a revision id is empty. */
  DUPLICATE_REVISION(10),
  /** A revision names a parent that does not exist. */
  MISSING_PARENT(11),
  /** The revision graph has a cycle. */
  REVISION_CYCLE(12),
  /** The revision graph has no base revision, or more than one. */
  BASE_REVISION(13),
  /** A target names no revision, names several (ambiguous prefix) or cannot be reached. */
  UNKNOWN_REVISION(20),
  /** {@code head} was asked for while the graph has several heads. */
  MULTIPLE_HEADS(21),
  /** An applied revision's operations differ from those recorded when it was applied. */
  CHECKSUM_MISMATCH(30),
  /** The database records revisions this application does not know (a newer release ran). */
  UNKNOWN_APPLIED_REVISION(31),
  /** The applied revisions were reached through a different graph (a revision inserted, removed or re-parented). */
  HISTORY_MISMATCH(32),
  /** A non-transactional revision failed half-way earlier; the database needs checking by hand. */
  FAILED_REVISION_PENDING(33),
  /** The migration lock was not acquired in time. */
  LOCK_TIMEOUT(40),
  /** A revision failed while it ran; it was rolled back where the database allows it. */
  REVISION_FAILED(50),
  /** The live schema differs from the one the applied revisions promise. */
  SCHEMA_DRIFT(60),
  /** The database failed outside any revision (reading or writing the version tables). */
  DATABASE(70);

  private final int exitCode;

  ErrorCode(int exitCode) {
    this.exitCode = exitCode;
  }

  /** The command line's exit status for this error. */
  public int exitCode() {
    return exitCode;
  }
}
