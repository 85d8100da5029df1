package dev.retort.runtime;

import java.util.List;

/** What {@link Retort#history} read: every row of {@code retort_history}, oldest first. */
public record HistoryResult(List<HistoryEntry> entries) {
  public HistoryResult {
    entries = List.copyOf(entries);
  }
}
