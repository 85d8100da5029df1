package com.example.db;

import dev.retort.annotations.Revision;
import dev.retort.ops.Migration;
import dev.retort.ops.Ops;

@Revision(id = "right", parents = "base", message = "right branch")
public final class Right implements Migration {
  @Override
  public void upgrade(Ops ops) {
    ops.execute("insert into audit_log (note) values ('right branch')");
  }

  @Override
  public void downgrade(Ops ops) {
    ops.execute("delete from audit_log where note = 'right branch'");
  }
}
