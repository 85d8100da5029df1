package tamperfixture;

import dev.retort.annotations.Revision;
import dev.retort.ops.Migration;
import dev.retort.ops.Ops;

@Revision(id = "s003", parents = {"s002"}, message = "rename ratio")
public final class V3Rename implements Migration {
  @Override
  public void upgrade(Ops ops) {
    ops.renameColumn("items", "ratio", "weight");
  }

  @Override
  public void downgrade(Ops ops) {
    ops.renameColumn("items", "weight", "ratio");
  }
}
