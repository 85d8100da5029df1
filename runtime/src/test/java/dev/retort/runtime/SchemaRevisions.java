package dev.retort.runtime;

import dev.retort.annotations.Revision;
import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.util.List;

/** Revisions written with schema operations (not raw SQL), so that reflection can compare what they build. */
public final class SchemaRevisions {
  private SchemaRevisions() {}

  static final Table USERS = Table.named("users")
      .column(Column.of("id", ColumnType.BIGINT).asIdentity())
      .column(Column.of("email", ColumnType.varchar(200)).notNull())
      .primaryKey("id")
      .build();
  static final Column TITLE = Column.of("title", ColumnType.varchar(100)).notNull().defaultValue("''");
  static final Table TASKS = Table.named("todos")
      .column(Column.of("id", ColumnType.BIGINT).asIdentity())
      .column(Column.of("owner_id", ColumnType.BIGINT).notNull())
      .column(TITLE)
      .primaryKey("id")
      .index(Index.of("ix_todos_owner_id", "owner_id"))
      .foreignKey(ForeignKey.of("fk_todos_owner_id", List.of("owner_id"), "users", List.of("id")))
      .build();
  static final Column DELETED_AT = Column.of("deleted_at", ColumnType.timestampTz(6));
  static final Column WIDE_TITLE = Column.of("title", ColumnType.varchar(300)).notNull().defaultValue("''");

  @Revision(id = "s1", message = "users and todos")
  public static final class S1 implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.createTable(USERS);
      ops.createTable(TASKS);
      ops.insertRows("users", List.of("email"), List.of(Ops.row("a@example.com")));
      ops.insertRows("todos", List.of("owner_id", "title"), List.of(Ops.row(1L, "first")));
    }

    @Override
    public void downgrade(Ops ops) {
      ops.dropTable(TASKS);
      ops.dropTable(USERS);
    }
  }

  @Revision(id = "s2", parents = "s1", message = "soft delete, wider title")
  public static final class S2 implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.addColumn("todos", DELETED_AT);
      ops.alterColumn("todos", TITLE, WIDE_TITLE);
    }

    @Override
    public void downgrade(Ops ops) {
      ops.alterColumn("todos", WIDE_TITLE, TITLE);
      ops.dropColumn("todos", DELETED_AT);
    }
  }

  @Revision(id = "s3", parents = "s2", message = "rename email, unique")
  public static final class S3 implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.renameColumn("users", "email", "email_address");
      ops.createIndex("users", new Index("ux_users_email_address", List.of("email_address"), true));
    }

    @Override
    public void downgrade(Ops ops) {
      ops.dropIndex("users", new Index("ux_users_email_address", List.of("email_address"), true));
      ops.renameColumn("users", "email_address", "email");
    }
  }

  /** {@link S2} edited after it ran: a backfill added, the schema it promises unchanged. */
  @Revision(id = "s2", parents = "s1", message = "soft delete, wider title")
  public static final class S2Edited implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.addColumn("todos", DELETED_AT);
      ops.alterColumn("todos", TITLE, WIDE_TITLE);
      ops.execute("UPDATE todos SET title = title WHERE 1 = 0");
    }

    @Override
    public void downgrade(Ops ops) {
      ops.alterColumn("todos", WIDE_TITLE, TITLE);
      ops.dropColumn("todos", DELETED_AT);
    }
  }

  /** A SQLite rebuild, then a statement that fails: the rebuild is rolled back and the session restored. */
  @Revision(id = "s2", parents = "s1", message = "wider title, then fail")
  public static final class S2Fails implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.alterColumn("todos", TITLE, WIDE_TITLE);
      ops.execute("INSERT INTO missing_table VALUES (1)");
    }

    @Override
    public void downgrade(Ops ops) {
      ops.alterColumn("todos", WIDE_TITLE, TITLE);
    }
  }

  /** Raw SQL that adds a column the model does not know, on top of s1. */
  @Revision(id = "raw1", parents = "s1", message = "a column by hand")
  public static final class Raw1 implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.execute("ALTER TABLE todos ADD COLUMN notes VARCHAR(50)");
    }

    @Override
    public void downgrade(Ops ops) {
      ops.execute("ALTER TABLE todos DROP COLUMN notes");
    }
  }

  /** A change SQLite makes by rebuilding todos, after raw1. */
  @Revision(id = "raw2", parents = "raw1", message = "wider title")
  public static final class Raw2 implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.alterColumn("todos", TITLE, WIDE_TITLE);
    }

    @Override
    public void downgrade(Ops ops) {
      ops.alterColumn("todos", WIDE_TITLE, TITLE);
    }
  }
}
