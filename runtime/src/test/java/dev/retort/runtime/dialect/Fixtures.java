package dev.retort.runtime.dialect;

import dev.retort.ops.CreateTable;
import dev.retort.ops.Op;
import dev.retort.ops.SchemaReplay;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;

/** Tables shared by the dialect tests. */
final class Fixtures {
  private Fixtures() {}

  static final Table USERS = Table.named("users")
      .column(Column.of("id", ColumnType.BIGINT).asIdentity())
      .column(Column.of("email", ColumnType.varchar(200)).notNull())
      .primaryKey(new PrimaryKey("pk_users", List.of("id")))
      .unique(UniqueConstraint.of("uq_users_email", "email"))
      .build();

  static final Table TASKS = Table.named("tasks")
      .column(Column.of("id", ColumnType.BIGINT).asIdentity())
      .column(Column.of("owner_id", ColumnType.BIGINT).notNull())
      .column(Column.of("title", ColumnType.varchar(200)).notNull().defaultValue("''"))
      .column(Column.of("done", ColumnType.BOOLEAN).notNull().defaultValue("false"))
      .primaryKey(new PrimaryKey("pk_tasks", List.of("id")))
      .index(Index.of("ix_tasks_owner_id", "owner_id"))
      .foreignKey(ForeignKey.of("fk_tasks_owner_id", List.of("owner_id"), "users", List.of("id"))
          .onDelete(ForeignKey.Action.CASCADE))
      .check(CheckConstraint.of("ck_tasks_title", "length(\"title\") < 1000"))
      .build();

  static final Schema BASE = SchemaReplay.apply(Schema.EMPTY, List.<Op>of(new CreateTable(USERS), new CreateTable(TASKS)));
}
