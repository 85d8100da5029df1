package dev.retort.ops;

/**
 * What a revision class implements: the operations that move the schema forward, and those that move it back.
 *
 * <pre>{@code
 * public void upgrade(Ops ops) { ops.addColumn("todos", Column.of("deleted_at", ColumnType.timestampTz(6))); }
 * public void downgrade(Ops ops) { ops.dropColumn("todos", Column.of("deleted_at", ColumnType.timestampTz(6))); }
 * }</pre>
 *
 * <p>Both methods only record operations on {@code ops}; they must not touch the database themselves. The
 * runtime records them, checksums them and renders them for the database at hand.
 */
public interface Migration {
  void upgrade(Ops ops);

  void downgrade(Ops ops);
}
