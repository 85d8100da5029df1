package dev.retort.ops;

import dev.retort.schema.Index;

/** Creates an index; {@code concurrently} asks PostgreSQL to build it without locking writes (outside a transaction). */
public record CreateIndex(String table, Index index, boolean concurrently) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateIndex(this);
  }

  @Override
  public Op reverse() {
    return new DropIndex(table, index, concurrently);
  }

  @Override
  public boolean nonTransactional() {
    return concurrently;
  }
}
