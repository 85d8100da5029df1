package dev.retort.ops;

import dev.retort.schema.Column;

/** Drops a column; carries its definition so that the drop can be reversed. */
public record DropColumn(String table, Column column) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropColumn(this);
  }

  @Override
  public Op reverse() {
    return new AddColumn(table, column);
  }

  @Override
  public boolean destructive() {
    return true;
  }
}
