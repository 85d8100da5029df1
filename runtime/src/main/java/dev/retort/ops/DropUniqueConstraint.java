package dev.retort.ops;

import dev.retort.schema.UniqueConstraint;

/** Drops a unique constraint. */
public record DropUniqueConstraint(String table, UniqueConstraint constraint) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropUniqueConstraint(this);
  }

  @Override
  public Op reverse() {
    return new AddUniqueConstraint(table, constraint);
  }
}
