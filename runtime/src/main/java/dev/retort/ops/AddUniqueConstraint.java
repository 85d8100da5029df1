package dev.retort.ops;

import dev.retort.schema.UniqueConstraint;

/** Adds a unique constraint. */
public record AddUniqueConstraint(String table, UniqueConstraint constraint) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddUniqueConstraint(this);
  }

  @Override
  public Op reverse() {
    return new DropUniqueConstraint(table, constraint);
  }
}
