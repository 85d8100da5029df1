package dev.retort.ops;

import dev.retort.schema.CheckConstraint;

/** Drops a CHECK constraint. */
public record DropCheckConstraint(String table, CheckConstraint check) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropCheckConstraint(this);
  }

  @Override
  public Op reverse() {
    return new AddCheckConstraint(table, check);
  }
}
