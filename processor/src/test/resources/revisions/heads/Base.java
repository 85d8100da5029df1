package com.example.db;

import dev.retort.annotations.Revision;
import dev.retort.ops.Migration;
import dev.retort.ops.Ops;

@Revision(id = "base", message = "create base")
public final class Base implements Migration {
  @Override
  public void upgrade(Ops ops) {
    ops.execute("insert into audit_log (note) values ('create base')");
  }

  @Override
  public void downgrade(Ops ops) {
    ops.execute("delete from audit_log where note = 'create base'");
  }
}
