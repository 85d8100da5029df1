package dev.retort.ops;

import dev.retort.schema.Column;

/** Changes a column's type, nullability, default or comment; carries both definitions so that it reverses exactly. */
public record AlterColumn(String table, Column from, Column to) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAlterColumn(this);
  }

  @Override
  public Op reverse() {
    return new AlterColumn(table, to, from);
  }

  public AlterColumn {
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException(
          "alterColumn cannot rename " + from.name() + " to " + to.name() + "; use renameColumn");
    }
  }

  /** Narrowing a type or adding NOT NULL without a default may fail or lose data on a populated table. */
  @Override
  public boolean destructive() {
    return TypeChanges.narrows(from.type(), to.type()) || (from.nullable() && !to.nullable() && to.defaultValue() == null);
  }
}
