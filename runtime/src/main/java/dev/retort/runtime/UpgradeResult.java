package dev.retort.runtime;

import java.util.List;

/**
 * What {@link Retort#upgrade} did.
 *
 * @param headsBefore the revisions the database was at
 * @param headsAfter the revisions it is at now
 * @param applied the revisions applied, in order; empty when it was up to date
 */
public record UpgradeResult(List<String> headsBefore, List<String> headsAfter, List<AppliedRevision> applied) {
  public UpgradeResult {
    headsBefore = List.copyOf(headsBefore);
    headsAfter = List.copyOf(headsAfter);
    applied = List.copyOf(applied);
  }
}
