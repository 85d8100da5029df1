package dev.retort.runtime;

import java.util.List;

/**
 * What {@link Retort#downgrade} did.
 *
 * @param headsBefore the revisions the database was at
 * @param headsAfter the revisions it is at now
 * @param applied the revisions reverted, in order; empty when nothing was above the target
 */
public record DowngradeResult(List<String> headsBefore, List<String> headsAfter, List<AppliedRevision> applied) {
  public DowngradeResult {
    headsBefore = List.copyOf(headsBefore);
    headsAfter = List.copyOf(headsAfter);
    applied = List.copyOf(applied);
  }
}
