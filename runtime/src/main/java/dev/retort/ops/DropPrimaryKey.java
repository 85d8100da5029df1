package dev.retort.ops;

import dev.retort.schema.PrimaryKey;

/** Drops a table's primary key. */
public record DropPrimaryKey(String table, PrimaryKey primaryKey) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropPrimaryKey(this);
  }

  @Override
  public Op reverse() {
    return new AddPrimaryKey(table, primaryKey);
  }
}
