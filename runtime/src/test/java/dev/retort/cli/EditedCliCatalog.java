package dev.retort.cli;

import dev.retort.runtime.RevisionCatalog;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.TestRevisions;
import java.util.List;

/** {@link CliCatalog} with revision 0002 edited after it ran. */
public final class EditedCliCatalog implements RevisionCatalog {
  @Override
  public List<RevisionDescriptor> revisions() {
    return List.of(RevisionDescriptor.of(TestRevisions.V1.class), RevisionDescriptor.of(TestRevisions.V2Edited.class),
        RevisionDescriptor.of(TestRevisions.V3.class));
  }
}
