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
  private static final List<String> HEADS = List.of("20261122_1530_1f0f");

  @Override
  public List<RevisionDescriptor> revisions() {
    return List.of(
        new RevisionDescriptor("20261122_1530_1f0f", List.of(), "create table everything", V20261122_1530__create_table_everything::new));
  }

  @Override
  public List<String> heads() {
    return HEADS;
  }
}
