package dev.retort.ops;

import dev.retort.schema.PrimaryKey;

/** Adds a primary key to a table. */
public record AddPrimaryKey(String table, PrimaryKey primaryKey) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddPrimaryKey(this);
  }

  @Override
  public Op reverse() {
    return new DropPrimaryKey(table, primaryKey);
  }
}
