package dev.retort.processor.diff;

import dev.retort.ops.Op;
import dev.retort.schema.Schema;
import java.util.List;

/**
 * What {@link SchemaDiff} decided.
 *
 * @param upgrade the operations from the old schema to the new one, in an order that is valid to run
 * @param downgrade the reverse of each upgrade operation, in reverse order
 * @param target the schema the upgrade produces: the new schema, with the columns of existing tables in database
 *     order (added columns come last); this is what the snapshot records
 * @param findings what looks like a rename without a hint
 */
public record DiffResult(List<Op> upgrade, List<Op> downgrade, Schema target, List<RenameFinding> findings) {
  public DiffResult {
    upgrade = List.copyOf(upgrade);
    downgrade = List.copyOf(downgrade);
    findings = List.copyOf(findings);
  }

  public boolean isEmpty() {
    return upgrade.isEmpty();
  }

  /**
   * A drop and an add that look like a rename.
   *
   * @param table the (new) table; for a table rename, the created table
   * @param dropped the dropped column, or the dropped table for a table rename
   * @param added the added column, or null for a table rename
   */
  public record RenameFinding(String table, String dropped, String added) {
    public boolean isTable() {
      return added == null;
    }
  }
}
