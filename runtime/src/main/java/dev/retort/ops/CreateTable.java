package dev.retort.ops;

import dev.retort.schema.Table;

/** Creates a table with its keys, indexes and constraints. */
public record CreateTable(Table table) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateTable(this);
  }

  @Override
  public Op reverse() {
    return new DropTable(table);
  }
}
