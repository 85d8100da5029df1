package dev.retort.runtime;

import java.util.List;

/** The application's heads: revisions without children. More than one means the graph needs a merge. */
public record HeadsResult(List<RevisionInfo> heads) {
  public HeadsResult {
    heads = List.copyOf(heads);
  }
}
