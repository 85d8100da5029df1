package dev.retort.runtime;

import java.util.List;

/**
 * What {@link Retort#check} found.
 *
 * @param heads the revisions whose promised schema was compared
 * @param differences one line per difference between the live database and that schema; empty when none
 */
public record CheckResult(List<String> heads, List<String> differences) {
  public CheckResult {
    heads = List.copyOf(heads);
    differences = List.copyOf(differences);
  }

  /** Whether the live database matches the promised schema. */
  public boolean clean() {
    return differences.isEmpty();
  }
}
