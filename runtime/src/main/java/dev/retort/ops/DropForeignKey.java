package dev.retort.ops;

import dev.retort.schema.ForeignKey;

/** Drops a foreign key; carries its definition so that the drop can be reversed. */
public record DropForeignKey(String table, ForeignKey foreignKey) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropForeignKey(this);
  }

  @Override
  public Op reverse() {
    return new AddForeignKey(table, foreignKey);
  }
}
