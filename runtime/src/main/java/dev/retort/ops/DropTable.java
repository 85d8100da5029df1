package dev.retort.ops;

import dev.retort.schema.Table;

/** Drops a table; carries its full definition so that the drop can be reversed and rendered offline. */
public record DropTable(Table table) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropTable(this);
  }

  @Override
  public Op reverse() {
    return new CreateTable(table);
  }

  @Override
  public boolean destructive() {
    return true;
  }
}
