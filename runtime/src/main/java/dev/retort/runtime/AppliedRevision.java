package dev.retort.runtime;

import java.time.Duration;

/**
 * One revision an upgrade or downgrade ran.
 *
 * @param revision its id
 * @param message its message
 * @param direction {@link Direction#UP} or {@link Direction#DOWN}
 * @param duration how long its statements took (zero in an offline script)
 * @param transactional whether it ran inside a transaction
 */
public record AppliedRevision(String revision, String message, Direction direction, Duration duration,
    boolean transactional) {}
