package dev.retort.ops;

import dev.retort.schema.CheckConstraint;

/** Adds a CHECK constraint. */
public record AddCheckConstraint(String table, CheckConstraint check) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddCheckConstraint(this);
  }

  @Override
  public Op reverse() {
    return new DropCheckConstraint(table, check);
  }
}
