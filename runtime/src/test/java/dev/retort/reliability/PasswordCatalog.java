package dev.retort.reliability;

import dev.retort.runtime.RevisionCatalog;
import dev.retort.runtime.RevisionDescriptor;
import java.util.List;

/** The catalog the command-line password test finds through a service file: a short schema chain. */
public final class PasswordCatalog implements RevisionCatalog {
  @Override
  public List<RevisionDescriptor> revisions() {
    return Fixture.schema(3);
  }
}
