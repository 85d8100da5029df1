package dev.retort.bench;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionCatalog;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

/**
 * SQLite table rebuild of a 1,000,000-row table (make a column NOT NULL), against the hand-written procedure in
 * one transaction: create the new table, insert-select, drop, rename, recreate the index. Each run starts from a
 * copy of the same prepared file.
 */
final class RebuildBenchmark {
  private static final int ROWS = 1_000_000;

  private static final Column AMOUNT = Column.of("amount", ColumnType.INTEGER);
  private static final Table BIG = Table.named("big")
      .column(Column.of("id", ColumnType.BIGINT).notNull())
      .column(Column.of("name", ColumnType.varchar(100)).notNull())
      .column(AMOUNT)
      .column(Column.of("created_at", ColumnType.timestamp(6)))
      .primaryKey("id")
      .index(Index.of("ix_big_name", "name"))
      .build();

  private final Path work;
  private final BenchDatabase db;

  RebuildBenchmark(Path work) {
    this.work = work;
    this.db = new BenchDatabase(BenchDatabase.Kind.SQLITE, work);
  }

  private static RevisionCatalog catalog() {
    Migration create = new Migration() {
      @Override
      public void upgrade(Ops ops) {
        ops.createTable(BIG);
      }

      @Override
      public void downgrade(Ops ops) {
        ops.dropTable(BIG);
      }
    };
    Migration notNull = new Migration() {
      @Override
      public void upgrade(Ops ops) {
        ops.alterColumn("big", AMOUNT, AMOUNT.notNull());
      }

      @Override
      public void downgrade(Ops ops) {
        ops.alterColumn("big", AMOUNT.notNull(), AMOUNT);
      }
    };
    return () -> List.of(
        new RevisionDescriptor("create_big", List.of(), "create big", () -> create),
        new RevisionDescriptor("amount_not_null", List.of("create_big"), "amount not null", () -> notNull));
  }

  Sampler.Comparison run() throws Exception {
    RevisionCatalog catalog = catalog();
    Path template = work.resolve("rebuild-template.db");
    Path copy = work.resolve("rebuild-run.db");
    try (db) {
      db.openFile(template);
      Retort.configure().dataSource(db.dataSource()).discover(false).revisions(catalog).load().upgrade("create_big");
      try (Connection c = db.dataSource().getConnection()) {
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO big (id, name, amount, created_at) VALUES (?, ?, ?, '2026-01-01 10:00:00')")) {
          for (int i = 1; i <= ROWS; i++) {
            ps.setLong(1, i);
            ps.setString(2, "name " + i);
            ps.setInt(3, i % 1000);
            ps.addBatch();
            if (i % 10_000 == 0) {
              ps.executeBatch();
            }
          }
        }
        c.commit();
      }
      db.close();
      Sampler.Task fromCopy = new Sampler.Task() {
        @Override
        public void prepare() throws Exception {
          db.close();
          Files.copy(template, copy, StandardCopyOption.REPLACE_EXISTING);
          db.openFile(copy);
        }

        @Override
        public void run() {
          Retort.configure().dataSource(db.dataSource()).discover(false).revisions(catalog).load().upgrade("head");
        }
      };
      Sampler.Task byHand = new Sampler.Task() {
        @Override
        public void prepare() throws Exception {
          fromCopy.prepare();
        }

        @Override
        public void run() throws Exception {
          try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("CREATE TABLE \"big_new\" (\"id\" BIGINT NOT NULL, \"name\" VARCHAR(100) NOT NULL,"
                + " \"amount\" INTEGER NOT NULL, \"created_at\" TIMESTAMP(6), PRIMARY KEY (\"id\"))");
            s.execute("INSERT INTO \"big_new\" (\"id\", \"name\", \"amount\", \"created_at\")"
                + " SELECT \"id\", \"name\", \"amount\", \"created_at\" FROM \"big\"");
            s.execute("DROP TABLE \"big\"");
            s.execute("ALTER TABLE \"big_new\" RENAME TO \"big\"");
            s.execute("CREATE INDEX \"ix_big_name\" ON \"big\" (\"name\")");
            s.execute("UPDATE retort_version SET version_id = 'amount_not_null'");
            c.commit();
          }
        }
      };
      return Sampler.compare("SQLite rebuild of a 1,000,000-row table (column made NOT NULL)", 1, 5, 1.1, true,
          fromCopy, byHand);
    }
  }
}
