package tamperfixture;

import dev.retort.annotations.Revision;
import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import java.util.Map;

@Revision(id = "s002", parents = "s001", message = "add a flag and backfill it")
public final class V2AddFlag implements Migration {
  private static final Column FLAG = Column.of("flag", ColumnType.BOOLEAN);

  @Override
  public void upgrade(Ops ops) {
    ops.addColumn("items", FLAG);
    ops.updateRows("items", Map.of("flag", Boolean.TRUE), "id > ?", 1L << 40);
    ops.execute("""
        UPDATE items
           SET label = label
         WHERE flag IS NULL""");
  }

  @Override
  public void downgrade(Ops ops) {
    ops.dropColumn("items", FLAG);
  }
}
