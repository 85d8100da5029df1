package dev.retort.runtime.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.InsertRows;
import dev.retort.ops.Op;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.SchemaReplay;
import dev.retort.runtime.reflect.SchemaReader;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testing.DatabaseExtension;
import dev.retort.testing.StatementRunner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SQLite's table rebuild on a real database file: every row, index and foreign key survives; failures roll back. */
class SqliteRebuildTest {
  private static final int ROWS = 100_000;

  @RegisterExtension
  final DatabaseExtension db = DatabaseExtension.sqlite();

  private final SqliteDialect dialect = new SqliteDialect();

  static final Table ACCOUNTS = Table.named("Accounts")
      .column(Column.of("id", ColumnType.BIGINT).asIdentity())
      .column(Column.of("name", ColumnType.varchar(50)))
      .column(Column.of("amount", ColumnType.varchar(20)))
      .column(Column.of("email", ColumnType.varchar(100)).notNull())
      .primaryKey(new PrimaryKey("pk_accounts", List.of("id")))
      .index(Index.of("ix_accounts_name", "name"))
      .unique(UniqueConstraint.of("uq_accounts_email", "email"))
      .build();

  static final Table ENTRIES = Table.named("entries")
      .column(Column.of("id", ColumnType.INTEGER).notNull())
      .column(Column.of("account_id", ColumnType.BIGINT).notNull())
      .primaryKey("id")
      .index(Index.of("ix_entries_account", "account_id"))
      .foreignKey(ForeignKey.of("fk_entries_account", List.of("account_id"), "Accounts", List.of("id"))
          .onDelete(ForeignKey.Action.CASCADE))
      .build();

  private Schema apply(Connection c, Schema before, Op op) throws SQLException {
    StatementRunner.run(c, dialect.render(op, before));
    return SchemaReplay.apply(before, op);
  }

  private Schema populated(Connection c) throws SQLException {
    Schema s = apply(c, Schema.EMPTY, new CreateTable(ACCOUNTS));
    s = apply(c, s, new CreateTable(ENTRIES));
    List<List<Object>> accounts = new ArrayList<>();
    for (int i = 1; i <= ROWS; i++) {
      accounts.add(List.of((long) i, "name " + i, (i % 1000) + "." + (i % 100), "user" + i + "@example.com"));
    }
    StatementRunner.run(c, dialect.render(new InsertRows("Accounts", List.of("id", "name", "amount", "email"), accounts), s));
    List<List<Object>> entries = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      entries.add(List.of(i, (long) (i * 37 % ROWS + 1)));
    }
    StatementRunner.run(c, dialect.render(new InsertRows("entries", List.of("id", "account_id"), entries), s));
    return s;
  }

  private static Object one(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next(), sql);
      return rs.getObject(1);
    }
  }

  private static String fingerprint(Connection c) throws SQLException {
    return one(c, "SELECT count(*) || ':' || sum(id) || ':' || sum(length(name)) || ':' || sum(length(email))"
        + " FROM \"Accounts\"").toString();
  }

  @Test
  void rebuildKeepsEveryRowIndexAndForeignKey() throws SQLException {
    try (Connection c = db.dataSource().getConnection()) {
      Schema s = populated(c);
      String before = fingerprint(c);
      assertEquals(ROWS + ":" + ((long) ROWS * (ROWS + 1) / 2), before.substring(0, before.indexOf(':', 7)));

      Column name = ACCOUNTS.column("name").orElseThrow();
      s = apply(c, s, new AlterColumn("Accounts", name, name.notNull()));
      Column amount = ACCOUNTS.column("amount").orElseThrow();
      s = apply(c, s, new AlterColumn("Accounts", amount, amount.withType(ColumnType.decimal(19, 2))));

      assertEquals(before, fingerprint(c));
      assertEquals(1000, ((Number) one(c, "SELECT count(*) FROM entries")).intValue(),
          "dropping the old table with foreign keys off cascaded nothing");
      assertEquals(dialect.normalize(s), SchemaReader.forDialect(dialect).read(c));
      assertEquals("real", one(c, "SELECT typeof(amount) FROM \"Accounts\" WHERE id = 5"));
      assertEquals(0, ((Number) one(c, "SELECT count(*) FROM pragma_foreign_key_check")).intValue());
      assertEquals(1, ((Number) one(c, "PRAGMA foreign_keys")).intValue(), "foreign keys are back on");
      assertEquals(0, ((Number) one(c,
          "SELECT count(*) FROM sqlite_master WHERE name LIKE 'retort\\_%' ESCAPE '\\'")).intValue());
      assertEquals("ix_accounts_name", one(c,
          "SELECT name FROM pragma_index_list('Accounts') WHERE origin = 'c'"));

      long referencing = ((Number) one(c, "SELECT count(*) FROM entries WHERE account_id = 38")).longValue();
      assertEquals(1, referencing);
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM \"Accounts\" WHERE id = 38")) {
        ps.executeUpdate();
      }
      assertEquals(0, ((Number) one(c, "SELECT count(*) FROM entries WHERE account_id = 38")).intValue(),
          "the child's ON DELETE CASCADE still points at the rebuilt table");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO \"Accounts\" (name, email) VALUES ('new', 'n@x')")) {
        ps.executeUpdate();
      }
      assertEquals(ROWS + 1L, ((Number) one(c, "SELECT max(id) FROM \"Accounts\"")).longValue(),
          "AUTOINCREMENT continues after the largest id");
      SQLException orphan = assertThrows(SQLException.class, () -> {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entries (id, account_id) VALUES (5000, 999999)")) {
          ps.executeUpdate();
        }
      });
      assertTrue(orphan.getMessage().contains("FOREIGN KEY constraint failed"), orphan.getMessage());
    }
  }

  @Test
  void rebuildThatWouldBreakAForeignKeyFailsAndLeavesTheTableIntact() throws SQLException {
    try (Connection c = db.dataSource().getConnection()) {
      Schema s = populated(c);
      Table loose = Table.named("loose")
          .column(Column.of("id", ColumnType.INTEGER).notNull())
          .column(Column.of("account_id", ColumnType.BIGINT))
          .primaryKey("id")
          .index(Index.of("ix_loose_account", "account_id"))
          .build();
      s = apply(c, s, new CreateTable(loose));
      StatementRunner.run(c, dialect.render(new InsertRows("loose", List.of("id", "account_id"),
          List.of(List.of(1, 1L), List.of(2, 999_999L))), s));
      Schema before = s;

      Op op = new AddForeignKey("loose", ForeignKey.of("fk_loose", List.of("account_id"), "Accounts", List.of("id")));
      StatementRunner.AssertionFailed e = assertThrows(StatementRunner.AssertionFailed.class,
          () -> StatementRunner.run(c, dialect.render(op, before)));
      assertTrue(e.getMessage().startsWith("expected no rows from PRAGMA foreign_key_check but got: table=loose"),
          e.getMessage());

      assertEquals(dialect.normalize(before), SchemaReader.forDialect(dialect).read(c));
      assertEquals(2, ((Number) one(c, "SELECT count(*) FROM loose")).intValue());
      assertEquals(ROWS, ((Number) one(c, "SELECT count(*) FROM \"Accounts\"")).intValue());
      assertEquals(1, ((Number) one(c, "PRAGMA foreign_keys")).intValue(), "foreign keys are back on");
      assertFalse(((String) one(c, "SELECT sql FROM sqlite_master WHERE name = 'loose'")).contains("fk_loose"));
      assertEquals(0, ((Number) one(c,
          "SELECT count(*) FROM sqlite_master WHERE name LIKE 'retort\\_%' ESCAPE '\\'")).intValue());
    }
  }

  @Test
  void rebuildOnAnOldLibraryRenamesAndDropsColumnsKeepingValues() throws SQLException {
    SqliteDialect old = new SqliteDialect("3.24.0");
    try (Connection c = db.dataSource().getConnection()) {
      Schema s = populated(c);
      String emails = one(c, "SELECT sum(length(email)) FROM \"Accounts\"").toString();
      Op rename = new RenameColumn("Accounts", "email", "E-Mail");
      assertEquals(Set.of("Accounts"), old.tablesRebuilt(rename, s));
      StatementRunner.run(c, old.render(rename, s));
      s = SchemaReplay.apply(s, rename);
      assertEquals(emails, one(c, "SELECT sum(length(\"E-Mail\")) FROM \"Accounts\"").toString());
      Op drop = new DropColumn("Accounts", ACCOUNTS.column("amount").orElseThrow());
      StatementRunner.run(c, old.render(drop, s));
      s = SchemaReplay.apply(s, drop);
      assertEquals(old.normalize(s), SchemaReader.forDialect(old).read(c));
      assertEquals(ROWS, ((Number) one(c, "SELECT count(*) FROM \"Accounts\"")).intValue());
    }
  }
}
