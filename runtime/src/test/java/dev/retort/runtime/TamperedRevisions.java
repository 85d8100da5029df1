package dev.retort.runtime;

import dev.retort.annotations.Revision;
import dev.retort.ops.Migration;
import dev.retort.ops.Ops;

/** {@link TestRevisions} as someone changed them after they were applied: reordered, or with an id changed. */
public final class TamperedRevisions {
  private TamperedRevisions() {}

  @Revision(id = "0003", parents = "0001", message = "create tag")
  public static final class V3First implements Migration {
    private final TestRevisions.V3 same = new TestRevisions.V3();

    @Override
    public void upgrade(Ops ops) {
      same.upgrade(ops);
    }

    @Override
    public void downgrade(Ops ops) {
      same.downgrade(ops);
    }
  }

  @Revision(id = "0002", parents = "0003", message = "add done to todo")
  public static final class V2After implements Migration {
    private final TestRevisions.V2 same = new TestRevisions.V2();

    @Override
    public void upgrade(Ops ops) {
      same.upgrade(ops);
    }

    @Override
    public void downgrade(Ops ops) {
      same.downgrade(ops);
    }
  }

  @Revision(id = "0002b", parents = "0001", message = "add done to todo")
  public static final class V2Renamed implements Migration {
    private final TestRevisions.V2 same = new TestRevisions.V2();

    @Override
    public void upgrade(Ops ops) {
      same.upgrade(ops);
    }

    @Override
    public void downgrade(Ops ops) {
      same.downgrade(ops);
    }
  }

  @Revision(id = "0003", parents = "0002b", message = "create tag")
  public static final class V3AfterRenamed implements Migration {
    private final TestRevisions.V3 same = new TestRevisions.V3();

    @Override
    public void upgrade(Ops ops) {
      same.upgrade(ops);
    }

    @Override
    public void downgrade(Ops ops) {
      same.downgrade(ops);
    }
  }
}
