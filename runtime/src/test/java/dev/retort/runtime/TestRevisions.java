package dev.retort.runtime;

import dev.retort.annotations.Revision;
import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.util.List;

/** Small hand-written revisions in portable SQL, for the engine's tests on SQLite and PostgreSQL. */
public final class TestRevisions {
  private TestRevisions() {}

  static void canary(Ops ops, String id) {
    ops.insertRows("canary", List.of("rev"), List.of(Ops.row(id)));
  }

  @Revision(id = "0001", message = "create todo and canary")
  public static final class V1 implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.execute("CREATE TABLE canary (rev VARCHAR(20) NOT NULL)");
      ops.execute("CREATE TABLE todo (id INTEGER PRIMARY KEY, title VARCHAR(100))");
      canary(ops, "0001");
    }

    @Override
    public void downgrade(Ops ops) {
      ops.execute("DROP TABLE todo");
      ops.execute("DROP TABLE canary");
    }
  }

  @Revision(id = "0002", parents = "0001", message = "add done to todo")
  public static final class V2 implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.execute("ALTER TABLE todo ADD COLUMN done BOOLEAN");
      canary(ops, "0002");
    }

    @Override
    public void downgrade(Ops ops) {
      ops.execute("ALTER TABLE todo DROP COLUMN done");
      ops.execute("DELETE FROM canary WHERE rev = '0002'");
    }
  }

  /** {@link V2} edited after it was applied. */
  @Revision(id = "0002", parents = "0001", message = "add done to todo")
  public static final class V2Edited implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.execute("ALTER TABLE todo ADD COLUMN done INTEGER");
      canary(ops, "0002");
    }

    @Override
    public void downgrade(Ops ops) {
      ops.execute("ALTER TABLE todo DROP COLUMN done");
      ops.execute("DELETE FROM canary WHERE rev = '0002'");
    }
  }

  @Revision(id = "0003", parents = "0002", message = "create tag")
  public static final class V3 implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.execute("CREATE TABLE tag (name VARCHAR(50) NOT NULL)");
      canary(ops, "0003");
    }

    @Override
    public void downgrade(Ops ops) {
      ops.execute("DROP TABLE tag");
      ops.execute("DELETE FROM canary WHERE rev = '0003'");
    }
  }

  @Revision(id = "0004", parents = "0003", message = "fails half-way")
  public static final class V4Fails implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.execute("CREATE TABLE half (id INTEGER)");
      ops.execute("INSERT INTO missing_table VALUES (1)");
    }

    @Override
    public void downgrade(Ops ops) {
      ops.execute("DROP TABLE half");
    }
  }

  @Revision(id = "0004", parents = "0003", message = "code throws")
  public static final class V4Throws implements Migration {
    @Override
    public void upgrade(Ops ops) {
      throw new IllegalStateException("backfill source missing");
    }

    @Override
    public void downgrade(Ops ops) {}
  }

  @Revision(id = "0004", parents = "0003", message = "create note")
  public static final class V4 implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.execute("CREATE TABLE note (body VARCHAR(200))");
      canary(ops, "0004");
    }

    @Override
    public void downgrade(Ops ops) {
      ops.execute("DROP TABLE note");
      ops.execute("DELETE FROM canary WHERE rev = '0004'");
    }
  }

  /** A message that is hard to write as an SQL literal: quotes, backslashes, placeholders, comments, non-ASCII. */
  static final String HOSTILE_MESSAGE = "it's \\ a back\\'slash ? $1 -- E'x' /* '' */ \u00fc\u540d";

  @Revision(id = "0004", parents = "0003", message = HOSTILE_MESSAGE)
  public static final class V4HostileMessage implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.execute("CREATE TABLE note (body VARCHAR(200))");
    }

    @Override
    public void downgrade(Ops ops) {
      ops.execute("DROP TABLE note");
    }
  }

  /** Branch a of 0001. */
  @Revision(id = "a1", parents = "0001", message = "branch a")
  public static final class BranchA implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.execute("CREATE TABLE ta (id INTEGER)");
    }

    @Override
    public void downgrade(Ops ops) {
      ops.execute("DROP TABLE ta");
    }
  }

  /** Branch b of 0001. */
  @Revision(id = "b1", parents = "0001", message = "branch b")
  public static final class BranchB implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.execute("CREATE TABLE tb (id INTEGER)");
    }

    @Override
    public void downgrade(Ops ops) {
      ops.execute("DROP TABLE tb");
    }
  }

  @Revision(id = "m1", parents = {"a1", "b1"}, message = "merge a and b")
  public static final class Merge implements Migration {
    @Override
    public void upgrade(Ops ops) {}

    @Override
    public void downgrade(Ops ops) {}
  }

  static final Table ITEM = Table.named("item")
      .column(Column.of("id", ColumnType.BIGINT).notNull())
      .column(Column.of("name", ColumnType.varchar(50)))
      .primaryKey("id")
      .build();

  /** Builds an index concurrently: outside a transaction on PostgreSQL. */
  @Revision(id = "0004", parents = "0003", message = "index item concurrently")
  public static final class V4Concurrent implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.createTable(ITEM);
      ops.createIndexConcurrently("item", Index.of("ix_item_name", "name"));
    }

    @Override
    public void downgrade(Ops ops) {
      ops.dropIndexConcurrently("item", Index.of("ix_item_name", "name"));
      ops.dropTable(ITEM);
    }
  }

  /** A concurrent unique index that fails on duplicates, after statements that stay applied. */
  @Revision(id = "0004", parents = "0003", message = "unique index item concurrently")
  public static final class V4ConcurrentFails implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.createTable(ITEM);
      ops.insertRows("item", List.of("id", "name"), List.of(Ops.row(1L, "same"), Ops.row(2L, "same")));
      ops.createIndexConcurrently("item", new Index("ux_item_name", List.of("name"), true));
    }

    @Override
    public void downgrade(Ops ops) {
      ops.dropTable(ITEM);
    }
  }

  /** Inserts a secret twice into a unique column: the error must not show it. */
  @Revision(id = "0004", parents = "0003", message = "duplicate secret")
  public static final class V4DuplicateSecret implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.execute("CREATE TABLE secrets (v VARCHAR(50) UNIQUE)");
      ops.insertRows("secrets", List.of("v"), List.of(Ops.row("s3cret-value"), Ops.row("s3cret-value")));
    }

    @Override
    public void downgrade(Ops ops) {
      ops.execute("DROP TABLE secrets");
    }
  }
}
