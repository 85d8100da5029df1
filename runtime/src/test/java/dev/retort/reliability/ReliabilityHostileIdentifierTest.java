package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.Migration;
import dev.retort.ops.Op;
import dev.retort.ops.Ops;
import dev.retort.ops.SchemaReplay;
import dev.retort.runtime.ErrorCode;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.RevisionFailedException;
import dev.retort.runtime.RevisionIndex;
import dev.retort.runtime.dialect.Dialect;
import dev.retort.runtime.dialect.Statement;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testing.FaultyDataSource;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Identifiers an entity may carry, through the operations API on both databases: reserved words, mixed case,
 * double quotes, backticks, semicolons, {@code --}, unicode, spaces and names of exactly 63 bytes. They run,
 * the catalog holds exactly the intended names, the statements executed are exactly the statements planned (no
 * statement split or injected), and the offline script carries the same quoted text. A name longer than
 * PostgreSQL's 63 bytes is refused before any statement of its revision runs, never truncated.
 */
class ReliabilityHostileIdentifierTest {
  static final String TABLE = "Order";
  static final String CHILD = "table \"child\"; --";
  static final String LONG_ASCII = "n".repeat(63);
  static final String LONG_UNICODE = "名".repeat(21);
  static final List<String> COLUMNS = List.of("id", "select", "MiXeD Case", "a\"b", "a`b", "x; DROP TABLE canary; --",
      "a--b", "naïve_ü_名前", "with space", LONG_ASCII, LONG_UNICODE);

  static Table order() {
    Table.Builder b = Table.named(TABLE);
    for (String c : COLUMNS) {
      b.column(c.equals("id") ? Column.of(c, ColumnType.BIGINT).notNull() : Column.of(c, ColumnType.varchar(30)));
    }
    return b.primaryKey("id")
        .index(Index.of("ix \"quoted\"; --", "a\"b", "select"))
        .unique(UniqueConstraint.of("uq`back`tick", "naïve_ü_名前"))
        .build();
  }

  static Table child() {
    return Table.named(CHILD)
        .column(Column.of("id", ColumnType.BIGINT).notNull())
        .column(Column.of("Order Id", ColumnType.BIGINT))
        .primaryKey("id")
        .foreignKey(ForeignKey.of("fk;--\"x", List.of("Order Id"), TABLE, List.of("id")))
        .build();
  }

  static RevisionDescriptor revision(String id, String parent, Consumer<Ops> up) {
    return new RevisionDescriptor(id, parent == null ? List.of() : List.of(parent), "hostile " + id,
        () -> new Migration() {
          @Override
          public void upgrade(Ops ops) {
            up.accept(ops);
          }

          @Override
          public void downgrade(Ops ops) {}
        });
  }

  static List<RevisionDescriptor> revisions() {
    List<Object> values = new ArrayList<>();
    values.add(1L);
    for (int i = 1; i < COLUMNS.size(); i++) {
      values.add("v" + i + " ' \" ; --");
    }
    return List.of(
        revision("h1", null, ops -> {
          ops.createTable(Table.named("canary").column(Column.of("rev", ColumnType.varchar(20))).build());
          ops.createTable(order());
          ops.insertRows(TABLE, COLUMNS, List.of(values));
        }),
        revision("h2", "h1", ops -> {
          ops.createTable(child());
          ops.insertRows(CHILD, List.of("id", "Order Id"), List.of(Ops.row(7L, 1L)));
        }),
        revision("h3", "h2", ops -> {
          ops.renameColumn(TABLE, "a--b", "a--c \"renamed\"");
          ops.alterColumn(TABLE, Column.of("with space", ColumnType.varchar(30)),
              Column.of("with space", ColumnType.varchar(60)));
          ops.updateRows(TABLE, Map.of("select", "updated; --"), null);
          ops.addColumn(CHILD, Column.of("Ünïcödé `col`", ColumnType.INTEGER));
        }));
  }

  /**
   * What the dialect renders for every operation of the chain: the statements the run must execute, each
   * revision's session settings before its transaction and after it, as the sink runs them.
   */
  static List<Statement> planned(Dialect dialect, List<RevisionDescriptor> revisions) {
    RevisionIndex index = RevisionIndex.of(revisions);
    Schema schema = Schema.EMPTY;
    List<Statement> out = new ArrayList<>();
    for (String id : index.graph().order()) {
      List<Statement> rendered = new ArrayList<>();
      for (Op op : index.recorded(id).upgrade()) {
        rendered.addAll(dialect.render(op, schema));
        schema = SchemaReplay.apply(schema, op);
      }
      rendered.stream().filter(s -> s.kind() == Statement.Kind.BEFORE_TRANSACTION).forEach(out::add);
      rendered.stream().filter(s -> s.kind() != Statement.Kind.BEFORE_TRANSACTION
          && s.kind() != Statement.Kind.AFTER_TRANSACTION).forEach(out::add);
      rendered.stream().filter(s -> s.kind() == Statement.Kind.AFTER_TRANSACTION).forEach(out::add);
    }
    return out;
  }

  /**
   * The statements of the run that are the revisions' own: not the version tables (nor the statement that writes
   * them on PostgreSQL, prepared for the run), the lock, the session, or the catalog reads that check a live table
   * before a SQLite rebuild.
   */
  static List<String> revisionStatements(List<String> executed) {
    return executed.stream().filter(sql -> !sql.contains("retort_version") && !sql.contains("retort_history")
        && !sql.contains("retort_move_and_record")
        && !sql.contains("sqlite_master") && !sql.contains("FROM pragma_")
        && !sql.contains("advisory") && !sql.equals("COMMIT") && !sql.equals("BEGIN IMMEDIATE")
        && !sql.equals("ROLLBACK") && !sql.startsWith("SELECT current_schema()")
        && !sql.startsWith("PRAGMA busy_timeout") && !sql.startsWith("PRAGMA foreign_keys = ") && !sql.equals("PRAGMA foreign_keys")).toList();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void hostileNamesRunExactlyAsPlanned(TestDatabase.Kind kind) throws Exception {
    List<RevisionDescriptor> revisions = revisions();
    try (TestDatabase db = TestDatabases.create(kind)) {
      FaultyDataSource ds = new FaultyDataSource(db.dataSource());
      Dialect dialect = Db.dialect(ds);
      Retort retort = Retort.configure().dataSource(ds).discover(false).revisions(Fixture.catalog(revisions)).load();
      ds.reset();
      retort.upgrade("head");
      List<Statement> planned = planned(dialect, revisions);
      assertEquals(planned.stream().map(Statement::sql).toList(), revisionStatements(ds.executed()));

      Schema promised = dialect.normalize(Fixture.promisedOf(revisions));
      assertEquals(promised, Db.live(db.dataSource()));
      List<String> expectedColumns = new ArrayList<>(COLUMNS);
      expectedColumns.set(expectedColumns.indexOf("a--b"), "a--c \"renamed\"");
      String columnsSql = kind == TestDatabase.Kind.SQLITE ? "SELECT name FROM pragma_table_info('Order') ORDER BY cid"
          : "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
              + " AND table_name = 'Order' ORDER BY ordinal_position";
      assertEquals(expectedColumns, Db.column(db.dataSource(), columnsSql));
      assertEquals(List.of("updated; --"), Db.column(db.dataSource(), "SELECT \"select\" FROM \"Order\""));
      assertEquals(List.of("v3 ' \" ; --"), Db.column(db.dataSource(), "SELECT \"a\"\"b\" FROM \"Order\""));
      assertEquals(List.of("1"), Db.column(db.dataSource(), "SELECT \"Order Id\" FROM \"table \"\"child\"\"; --\""));
      assertTrue(Db.tableExists(db.dataSource(), "canary"));

      String script = retort.sql("base", "head").script();
      int at = 0;
      for (Statement s : planned) {
        String text = s.parameters().isEmpty() ? s.sql().strip() : s.sql().substring(0, s.sql().indexOf('?'));
        int found = script.indexOf(text, at);
        assertTrue(found >= 0, "the offline script lacks, or reorders, " + text + "\n" + script);
        at = found + text.length();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aNameLongerThan63BytesIsRefusedOnPostgresqlAndKeptWholeOnSqlite(TestDatabase.Kind kind) throws Exception {
    String tooLong = "é".repeat(32);
    assertEquals(64, tooLong.getBytes(StandardCharsets.UTF_8).length);
    List<RevisionDescriptor> revisions = List.of(
        revision("l1", null, ops -> ops.createTable(Table.named("canary")
            .column(Column.of("rev", ColumnType.varchar(20))).build())),
        revision("l2", "l1", ops -> {
          ops.createTable(Table.named("short").column(Column.of("id", ColumnType.INTEGER)).build());
          ops.addColumn("short", Column.of(tooLong, ColumnType.INTEGER));
        }));
    try (TestDatabase db = TestDatabases.create(kind)) {
      FaultyDataSource ds = new FaultyDataSource(db.dataSource());
      Retort retort = Retort.configure().dataSource(ds).discover(false).revisions(Fixture.catalog(revisions)).load();
      retort.upgrade("l1");
      ds.reset();
      if (kind == TestDatabase.Kind.SQLITE) {
        retort.upgrade("head");
        assertEquals(List.of("id", tooLong), Db.column(db.dataSource(),
            "SELECT name FROM pragma_table_info('short') ORDER BY cid"));
        return;
      }
      RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> retort.upgrade("head"));
      assertEquals(ErrorCode.REVISION_FAILED, e.code());
      assertEquals("revision l2 failed\n"
          + "  operation: add column short." + tooLong + "\n"
          + "  error:     cannot be rendered for postgresql: identifier \"" + tooLong + "\" is 64 bytes long in"
          + " UTF-8; PostgreSQL allows at most 63 and would silently truncate it, so that later operations could"
          + " not find it by its name. Give it a name of at most 63 bytes (e.g. @Table(name = ...),"
          + " @Column(name = ...), @Index(name = ...))", e.getMessage());
      assertTrue(revisionStatements(ds.executed()).isEmpty(), "ran " + ds.executed());
      assertEquals(List.of("l1"), Db.heads(db.dataSource()));
      assertTrue(!Db.tableExists(db.dataSource(), "short"));
      assertThrows(RevisionFailedException.class, () -> retort.sql("base", "head"));
    }
  }

  /**
   * Names that differ only in case are two columns on PostgreSQL; SQLite compares identifiers case-insensitively
   * even when quoted, so there the revision fails with the database's message and is rolled back whole.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void namesDifferingOnlyInCase(TestDatabase.Kind kind) throws Exception {
    List<RevisionDescriptor> revisions = List.of(revision("c1", null, ops -> {
      ops.createTable(Table.named("canary").column(Column.of("rev", ColumnType.varchar(20))).build());
      ops.createTable(Table.named("people").column(Column.of("Name", ColumnType.varchar(20)))
          .column(Column.of("name", ColumnType.varchar(20))).build());
    }));
    try (TestDatabase db = TestDatabases.create(kind)) {
      Retort retort = Retort.configure().dataSource(db.dataSource()).discover(false)
          .revisions(Fixture.catalog(revisions)).load();
      if (kind == TestDatabase.Kind.POSTGRESQL) {
        retort.upgrade("head");
        assertEquals(List.of("Name", "name"), Db.column(db.dataSource(), "SELECT column_name FROM"
            + " information_schema.columns WHERE table_schema = current_schema() AND table_name = 'people'"
            + " ORDER BY ordinal_position"));
        return;
      }
      RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> retort.upgrade("head"));
      assertEquals("c1", e.revision());
      assertEquals("create table people", e.operation());
      assertTrue(e.getMessage().contains("duplicate column name: name"), e.getMessage());
      assertTrue(!Db.tableExists(db.dataSource(), "canary"), "the revision was not rolled back whole");
      assertEquals(List.of(), Db.heads(db.dataSource()));
    }
  }
}
