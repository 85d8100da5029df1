package dev.retort.processor.fixtures;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity compiled before the test compiles run, so partial compiles find it on the class path by name. */
@Entity
public class PartialOwner {
  @Id
  private Long id;

  private String name;
}
