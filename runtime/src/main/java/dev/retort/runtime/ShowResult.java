package dev.retort.runtime;

import java.util.List;

/**
 * One revision as {@link Retort#show} describes it.
 *
 * @param revision id, parents, message
 * @param children the revisions that follow it
 * @param checksum the checksum of its operations
 * @param upgrade its upgrade operations, described
 * @param downgrade its downgrade operations, described
 */
public record ShowResult(RevisionInfo revision, List<String> children, String checksum, List<String> upgrade,
    List<String> downgrade) {
  public ShowResult {
    children = List.copyOf(children);
    upgrade = List.copyOf(upgrade);
    downgrade = List.copyOf(downgrade);
  }
}
