package dev.retort.sample.model;

/** What a user a todo is shared with may do with it. */
public enum Permission {
  READ,
  WRITE
}
