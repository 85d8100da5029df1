package dev.retort.cli;

import dev.retort.runtime.RevisionCatalog;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.SchemaRevisions;
import java.util.List;

/** Revisions written with schema operations, for {@code check}. */
public final class SchemaCatalog implements RevisionCatalog {
  @Override
  public List<RevisionDescriptor> revisions() {
    return List.of(RevisionDescriptor.of(SchemaRevisions.S1.class), RevisionDescriptor.of(SchemaRevisions.S2.class),
        RevisionDescriptor.of(SchemaRevisions.S3.class));
  }
}
