package dev.retort.runtime;

import java.util.List;

/** A revision's id, parents and message, as the {@code heads}, {@code current} and {@code show} verbs report them. */
public record RevisionInfo(String id, List<String> parents, String message) {
  public RevisionInfo {
    parents = List.copyOf(parents);
  }

  static RevisionInfo of(RevisionDescriptor d) {
    return new RevisionInfo(d.id(), d.parents(), d.message());
  }
}
