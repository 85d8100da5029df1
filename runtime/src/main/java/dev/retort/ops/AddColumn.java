package dev.retort.ops;

import dev.retort.schema.Column;

/** Adds a column to a table. */
public record AddColumn(String table, Column column) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddColumn(this);
  }

  @Override
  public Op reverse() {
    return new DropColumn(table, column);
  }
}
