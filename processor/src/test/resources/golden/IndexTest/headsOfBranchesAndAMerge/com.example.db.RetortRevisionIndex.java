package com.example.db;

import dev.retort.runtime.RevisionCatalog;
import dev.retort.runtime.RevisionDescriptor;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Every revision of this application, for the Retort runtime; generated, do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class RetortRevisionIndex implements RevisionCatalog {
  private static final List<String> HEADS = List.of("c1", "m1");

  @Override
  public List<RevisionDescriptor> revisions() {
    return List.of(
        new RevisionDescriptor("0001", List.of(), "base", V1::new),
        new RevisionDescriptor("a1", List.of("0001"), "branch a", A1::new),
        new RevisionDescriptor("b1", List.of("0001"), "branch b", B1::new),
        new RevisionDescriptor("c1", List.of("0001"), "branch c", C1::new),
        new RevisionDescriptor("m1", List.of("a1", "b1"), "merge", M1::new));
  }

  @Override
  public List<String> heads() {
    return HEADS;
  }
}
