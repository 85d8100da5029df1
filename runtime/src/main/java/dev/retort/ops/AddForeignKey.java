package dev.retort.ops;

import dev.retort.schema.ForeignKey;

/** Adds a foreign key. */
public record AddForeignKey(String table, ForeignKey foreignKey) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddForeignKey(this);
  }

  @Override
  public Op reverse() {
    return new DropForeignKey(table, foreignKey);
  }
}
