package com.example.db;

import dev.retort.annotations.Revision;
import dev.retort.ops.Migration;
import dev.retort.ops.Ops;

@Revision(id = "r2", parents = "missing", message = "orphan")
public final class Orphan implements Migration {
  @Override
  public void upgrade(Ops ops) {
    ops.execute("select 1");
  }

  @Override
  public void downgrade(Ops ops) {
    ops.execute("select 1");
  }
}
