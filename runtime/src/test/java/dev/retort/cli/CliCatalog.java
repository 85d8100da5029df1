package dev.retort.cli;

import dev.retort.runtime.RevisionCatalog;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.TestRevisions;
import java.util.List;

/** The revisions the command-line tests find through the service loader, as a generated index would list them. */
public final class CliCatalog implements RevisionCatalog {
  @Override
  public List<RevisionDescriptor> revisions() {
    return List.of(RevisionDescriptor.of(TestRevisions.V1.class), RevisionDescriptor.of(TestRevisions.V2.class),
        RevisionDescriptor.of(TestRevisions.V3.class));
  }
}
