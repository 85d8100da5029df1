package dev.retort.cli;

import dev.retort.runtime.RevisionCatalog;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.TestRevisions;
import java.util.List;

/** A catalog with two heads, for {@code merge} and the refusal of {@code head}. */
public final class BranchedCatalog implements RevisionCatalog {
  @Override
  public List<RevisionDescriptor> revisions() {
    return List.of(RevisionDescriptor.of(TestRevisions.V1.class), RevisionDescriptor.of(TestRevisions.BranchA.class),
        RevisionDescriptor.of(TestRevisions.BranchB.class));
  }
}
