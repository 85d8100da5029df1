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
  private static final List<String> HEADS = List.of("20261122_1530_0a33");

  @Override
  public List<RevisionDescriptor> revisions() {
    return List.of(
        new RevisionDescriptor("20261122_1530_0a33", List.of("left", "right"), "merge left and right", V20261122_1530__merge_left_and_right::new),
        new RevisionDescriptor("base", List.of(), "create base", Base::new),
        new RevisionDescriptor("left", List.of("base"), "left branch", Left::new),
        new RevisionDescriptor("right", List.of("base"), "right branch", Right::new));
  }

  @Override
  public List<String> heads() {
    return HEADS;
  }
}
