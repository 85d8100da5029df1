package dev.retort.ops;

import dev.retort.schema.Index;

/** Drops an index; carries its definition so that the drop can be reversed. */
public record DropIndex(String table, Index index, boolean concurrently) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropIndex(this);
  }

  @Override
  public Op reverse() {
    return new CreateIndex(table, index, concurrently);
  }

  @Override
  public boolean nonTransactional() {
    return concurrently;
  }
}
