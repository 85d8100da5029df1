package com.example.db;

import dev.retort.annotations.Revision;
import dev.retort.ops.Migration;
import dev.retort.ops.Ops;

@Revision(id = "left", parents = "base", message = "left branch")
public final class Left implements Migration {
  @Override
  public void upgrade(Ops ops) {
    ops.execute("insert into audit_log (note) values ('left branch')");
  }

  @Override
  public void downgrade(Ops ops) {
    ops.execute("delete from audit_log where note = 'left branch'");
  }
}
