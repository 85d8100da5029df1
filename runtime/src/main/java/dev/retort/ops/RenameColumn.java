package dev.retort.ops;


/** Renames a column, keeping its values. */
public record RenameColumn(String table, String from, String to) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRenameColumn(this);
  }

  @Override
  public Op reverse() {
    return new RenameColumn(table, to, from);
  }
}
