package dev.retort.ops;


/** Renames a table, keeping its rows. */
public record RenameTable(String from, String to) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRenameTable(this);
  }

  @Override
  public Op reverse() {
    return new RenameTable(to, from);
  }
}
