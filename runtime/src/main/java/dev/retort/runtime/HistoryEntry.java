package dev.retort.runtime;

import java.time.Duration;
import java.time.Instant;

/**
 * One row of {@code retort_history}: a revision applied, reverted or stamped.
 *
 * @param rank the row's position, 1 for the first
 * @param revision the revision id
 * @param message the revision's message when it ran
 * @param checksum the checksum of its operations when it ran
 * @param direction up, down, stamp or unstamp
 * @param appliedAt when it ran (for offline scripts: when the script was written)
 * @param appliedBy the database user name, never a password; null when unknown
 * @param duration how long its statements took
 * @param success whether it completed; a failed row is written only for a non-transactional revision
 * @param transactional whether it ran inside a transaction
 */
public record HistoryEntry(
    int rank,
    String revision,
    String message,
    String checksum,
    Direction direction,
    Instant appliedAt,
    String appliedBy,
    Duration duration,
    boolean success,
    boolean transactional) {}
