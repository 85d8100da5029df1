package dev.retort.runtime;

import java.util.List;

/**
 * What {@link Retort#stamp} did: the version table moved without running any revision.
 *
 * @param headsBefore the revisions the database was recorded at
 * @param headsAfter the revisions it is recorded at now
 */
public record StampResult(List<String> headsBefore, List<String> headsAfter) {
  public StampResult {
    headsBefore = List.copyOf(headsBefore);
    headsAfter = List.copyOf(headsAfter);
  }
}
