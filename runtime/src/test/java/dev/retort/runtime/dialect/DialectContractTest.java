package dev.retort.runtime.dialect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.Execute;
import dev.retort.ops.InsertRows;
import dev.retort.ops.Op;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SchemaReplay;
import dev.retort.ops.UpdateRows;
import dev.retort.runtime.reflect.SchemaReader;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testing.StatementRunner;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every dialect must show on its real database (Alembic's {@code testing/suite}): each operation's
 * rendered statements run, and reflection then finds exactly {@code normalize(SchemaReplay.apply(before, op))};
 * the reverse operation brings it back. Identifiers are awkward on purpose: spaces, reserved words, mixed case,
 * embedded double quotes, non-ASCII letters.
 */
abstract class DialectContractTest {
  static final String PARENT = "Parent \"P\"";
  static final String CHILD = "select";

  static final Table PARENT_TABLE = Table.named(PARENT)
      .column(Column.of("id", ColumnType.BIGINT).asIdentity())
      .column(Column.of("Code", ColumnType.varchar(20)).notNull())
      .primaryKey(new PrimaryKey("pk parent", List.of("id")))
      .unique(UniqueConstraint.of("uq \"code\"", "Code"))
      .build();

  static final Table CHILD_TABLE = Table.named(CHILD)
      .column(Column.of("id", ColumnType.INTEGER).notNull())
      .column(Column.of("Parent Id", ColumnType.BIGINT))
      .column(Column.of("MixedCase", ColumnType.varchar(50)).defaultValue("'x'"))
      .column(Column.of("größe", ColumnType.decimal(10, 2)).notNull().defaultValue("0"))
      .column(Column.of("from", ColumnType.timestamp(6)))
      .primaryKey(new PrimaryKey("pk select", List.of("id")))
      .index(Index.of("ix select mixed", "MixedCase"))
      .foreignKey(ForeignKey.of("fk select \"parent\"", List.of("Parent Id"), PARENT, List.of("id"))
          .onDelete(ForeignKey.Action.SET_NULL).onUpdate(ForeignKey.Action.CASCADE))
      .check(CheckConstraint.of("ck größe", "\"größe\" >= 0"))
      .build();

  static final Table TYPES_TABLE = Table.named("All Types")
      .column(Column.of("boolean", ColumnType.BOOLEAN))
      .column(Column.of("tinyint", ColumnType.TINYINT))
      .column(Column.of("smallint", ColumnType.SMALLINT))
      .column(Column.of("integer", ColumnType.INTEGER))
      .column(Column.of("bigint", ColumnType.BIGINT))
      .column(Column.of("real", ColumnType.REAL))
      .column(Column.of("double", ColumnType.DOUBLE))
      .column(Column.of("decimal", ColumnType.decimal(19, 4)))
      .column(Column.of("char", ColumnType.fixedChar(3)))
      .column(Column.of("varchar", ColumnType.varchar(255)))
      .column(Column.of("clob", ColumnType.CLOB))
      .column(Column.of("binary", ColumnType.binary(4)))
      .column(Column.of("varbinary", ColumnType.varbinary(8)))
      .column(Column.of("blob", ColumnType.BLOB))
      .column(Column.of("date", ColumnType.DATE))
      .column(Column.of("time", ColumnType.time(3)))
      .column(Column.of("time_tz", ColumnType.timeTz(3)))
      .column(Column.of("timestamp", ColumnType.timestamp(6)))
      .column(Column.of("timestamp_tz", ColumnType.timestampTz(6)))
      .column(Column.of("uuid", ColumnType.UUID))
      .build();

  TestDatabase db;
  Dialect dialect;
  Connection connection;

  abstract TestDatabase.Kind kind();

  @BeforeEach
  void open() throws SQLException {
    db = TestDatabases.create(kind());
    connection = db.dataSource().getConnection();
    dialect = Dialects.forMetaData(connection.getMetaData());
  }

  @AfterEach
  void close() throws Exception {
    if (connection != null) {
      connection.close();
    }
    if (db != null) {
      db.close();
    }
  }

  Schema reflect() throws SQLException {
    return SchemaReader.forDialect(dialect).read(connection);
  }

  void assertReflects(Schema promised) throws SQLException {
    Schema expected = dialect.normalize(promised);
    Schema actual = reflect();
    assertEquals(expected.tables().stream().map(Table::name).toList(),
        actual.tables().stream().map(Table::name).toList(), "tables");
    for (Table t : expected.tables()) {
      assertEquals(t, actual.table(t.name()).orElseThrow(), "table " + t.name());
    }
    assertEquals(expected, actual);
  }

  /** Runs {@code op} on the database and checks that reflection finds the replayed schema. */
  Schema apply(Schema before, Op op) throws SQLException {
    StatementRunner.run(connection, dialect.render(op, before));
    Schema after = SchemaReplay.apply(before, op);
    assertReflects(after);
    return after;
  }

  /** Applies {@code op}, then its reverse, checking the schema after each. */
  void roundTrip(Schema before, Op op) throws SQLException {
    Schema after = apply(before, op);
    Schema back = apply(after, op.reverse());
    assertEquals(before, back);
  }

  Schema base() throws SQLException {
    Schema s = apply(Schema.EMPTY, new CreateTable(PARENT_TABLE));
    return apply(s, new CreateTable(CHILD_TABLE));
  }

  long count(String table) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM " + dialect.quote(table));
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  void insertSampleRows(Schema s) throws SQLException {
    StatementRunner.run(connection, dialect.render(new InsertRows(PARENT, List.of("id", "Code"),
        List.of(List.of(1L, "a"), List.of(2L, "b"))), s));
    StatementRunner.run(connection, dialect.render(new InsertRows(CHILD, List.of("id", "Parent Id", "MixedCase"),
        List.of(Arrays.asList(1, 1L, "one"), Arrays.asList(2, 2L, "two"), Arrays.asList(3, null, null))), s));
  }

  /** Seeded random tables of every type, key, constraint and default reflect exactly as normalised. */
  @Test
  void randomTablesReflectAsNormalized() throws SQLException {
    for (long seed = 1; seed <= 6; seed++) {
      Schema s = Schema.EMPTY;
      List<Table> tables = new RandomSchemas(seed, dialect.name()).tables(8);
      for (Table t : tables) {
        try {
          s = apply(s, new CreateTable(t));
        } catch (SQLException | AssertionError e) {
          throw new AssertionError("seed " + seed + ", table " + t, e);
        }
      }
      RandomSchemas random = new RandomSchemas(seed, dialect.name());
      for (Table t : tables) {
        Column c = RandomSchemas.freeColumn(t);
        if (c != null) {
          roundTrip(s, new AlterColumn(t.name(), c, random.altered(c)));
          roundTrip(s, new RenameColumn(t.name(), c.name(), c.name() + " renamed"));
        }
      }
      for (int i = tables.size() - 1; i >= 0; i--) {
        s = apply(s, new DropTable(tables.get(i)));
      }
    }
  }

  @Test
  void readsOneTable() throws SQLException {
    Schema s = base();
    StatementRunner.run(connection, List.of(Statement.of("CREATE TABLE retort_version (v VARCHAR(32))")));
    SchemaReader reader = SchemaReader.forDialect(dialect);
    assertEquals(dialect.normalize(s).table(CHILD), reader.readTable(connection, CHILD));
    assertEquals(dialect.normalize(s).table(PARENT), reader.readTable(connection, PARENT));
    assertEquals(Optional.empty(), reader.readTable(connection, "SELECT"));
    assertEquals(Optional.empty(), reader.readTable(connection, "retort_version"));
    assertReflects(s);
  }

  @Test
  void createAndDropTables() throws SQLException {
    Schema s = base();
    roundTrip(s, new CreateTable(TYPES_TABLE));
    roundTrip(s, new CreateTable(Table.named("we\"ird Tábla")
        .column(Column.of("k e y", ColumnType.varchar(10)).notNull())
        .column(Column.of("ref", ColumnType.INTEGER))
        .primaryKey("k e y")
        .foreignKey(ForeignKey.of("fk weird", List.of("ref"), CHILD, List.of("id")).onDelete(ForeignKey.Action.CASCADE))
        .index(Index.of("ix weird", "ref", "k e y").asUnique())
        .check(CheckConstraint.of("ck weird", "\"ref\" > 0"))
        .build()));
  }

  @Test
  void defaultsOfEveryTypeReadBackAsNormalized() throws SQLException {
    Table t = Table.named("Defaults")
        .column(Column.of("boolean", ColumnType.BOOLEAN).notNull().defaultValue("TRUE"))
        .column(Column.of("integer", ColumnType.INTEGER).defaultValue("-1"))
        .column(Column.of("bigint", ColumnType.BIGINT).defaultValue("42"))
        .column(Column.of("decimal", ColumnType.decimal(10, 2)).defaultValue("1.50"))
        .column(Column.of("double", ColumnType.DOUBLE).defaultValue("2.5"))
        .column(Column.of("varchar", ColumnType.varchar(20)).defaultValue("'it''s'"))
        .column(Column.of("char", ColumnType.fixedChar(2)).defaultValue("'ab'"))
        .column(Column.of("text", ColumnType.custom("text")).defaultValue("''"))
        .column(Column.of("date", ColumnType.DATE).defaultValue("'2026-01-02'"))
        .column(Column.of("timestamp", ColumnType.timestamp(0)).defaultValue("current_timestamp"))
        .column(Column.of("uuid", ColumnType.UUID).defaultValue("'123e4567-e89b-12d3-a456-426614174000'"))
        .column(Column.of("null", ColumnType.varchar(5)).defaultValue("NULL"))
        .build();
    Schema s = apply(Schema.EMPTY, new CreateTable(t));
    Column c = t.column("varchar").orElseThrow();
    roundTrip(s, new AlterColumn("Defaults", c, c.defaultValue("'other'")));
    roundTrip(s, new AddColumn("Defaults", Column.of("added", ColumnType.SMALLINT).notNull().defaultValue("-3")));
  }

  @Test
  void renameTableKeepsRowsAndReferences() throws SQLException {
    Schema s = base();
    insertSampleRows(s);
    Schema renamed = apply(s, new RenameTable(PARENT, "Parent Renamed"));
    assertEquals(2, count("Parent Renamed"));
    apply(renamed, new RenameTable("Parent Renamed", PARENT));
  }

  @Test
  void addAndDropColumns() throws SQLException {
    Schema s = base();
    insertSampleRows(s);
    roundTrip(s, new AddColumn(CHILD, Column.of("note", ColumnType.CLOB)));
    roundTrip(s, new AddColumn(CHILD, Column.of("Count", ColumnType.INTEGER).notNull().defaultValue("7")));
    roundTrip(s, new AddColumn(PARENT, Column.of("created at", ColumnType.timestamp(0)).notNull()
        .defaultValue("CURRENT_TIMESTAMP")));
    assertEquals(3, count(CHILD));
    assertEquals(2, count(PARENT));
  }

  @Test
  void renameColumn() throws SQLException {
    Schema s = base();
    insertSampleRows(s);
    roundTrip(s, new RenameColumn(CHILD, "MixedCase", "Mixed \"Case\""));
    roundTrip(s, new RenameColumn(PARENT, "id", "ID"));
    assertEquals(3, count(CHILD));
  }

  @Test
  void alterColumn() throws SQLException {
    Schema s = base();
    insertSampleRows(s);
    Column from = CHILD_TABLE.column("MixedCase").orElseThrow();
    roundTrip(s, new AlterColumn(CHILD, from, from.withType(ColumnType.varchar(100)).defaultValue("'y'")));
    roundTrip(s, new AlterColumn(CHILD, from, from.withType(ColumnType.CLOB).defaultValue(null)));
    Column size = CHILD_TABLE.column("größe").orElseThrow();
    roundTrip(s, new AlterColumn(CHILD, size, size.nullable(true).withType(ColumnType.decimal(12, 3))));
    roundTrip(s, new AlterColumn(CHILD, from, from.comment("mixed \"case\" column")));
    Column id = CHILD_TABLE.column("id").orElseThrow();
    roundTrip(s, new AlterColumn(CHILD, id, id.withType(ColumnType.BIGINT)));
    assertEquals(3, count(CHILD));
  }

  @Test
  void setNotNullOnAColumnWithNullsFailsAndRollsBack() throws SQLException {
    Schema s = base();
    insertSampleRows(s);
    Column from = CHILD_TABLE.column("MixedCase").orElseThrow();
    Op op = new AlterColumn(CHILD, from, from.notNull());
    assertThrows(SQLException.class, () -> StatementRunner.run(connection, dialect.render(op, s)));
    assertReflects(s);
    assertEquals(3, count(CHILD));
  }

  @Test
  void identityAddedToAPopulatedKeyContinuesAfterTheLargestValue() throws SQLException {
    Column plain = Column.of("n", ColumnType.BIGINT).notNull();
    Table t = Table.named("Counted").column(plain).column(Column.of("v", ColumnType.varchar(5)))
        .primaryKey(new PrimaryKey("pk counted", List.of("n"))).build();
    Schema s = apply(Schema.EMPTY, new CreateTable(t));
    StatementRunner.run(connection, dialect.render(new InsertRows("Counted", List.of("n", "v"),
        List.of(List.of(1L, "a"), List.of(7L, "b"))), s));
    Op op = new AlterColumn("Counted", plain, plain.asIdentity());
    Schema after = apply(s, op);
    StatementRunner.run(connection, List.of(Statement.of("INSERT INTO \"Counted\" (\"v\") VALUES ('c')")));
    try (PreparedStatement ps = connection.prepareStatement("SELECT \"n\" FROM \"Counted\" WHERE \"v\" = 'c'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      assertEquals(8L, rs.getLong(1));
    }
    apply(after, op.reverse());
    assertEquals(3, count("Counted"));
  }

  @Test
  void primaryKeys() throws SQLException {
    Schema s = apply(Schema.EMPTY, new CreateTable(Table.named("No Key")
        .column(Column.of("a", ColumnType.INTEGER).notNull())
        .column(Column.of("B", ColumnType.varchar(5)).notNull())
        .index(Index.of("ix no key", "B"))
        .build()));
    roundTrip(s, new AddPrimaryKey("No Key", new PrimaryKey("pk no \"key\"", List.of("B", "a"))));
    roundTrip(s, new AddPrimaryKey("No Key", PrimaryKey.of("a")));
  }

  @Test
  void indexes() throws SQLException {
    Schema s = base();
    roundTrip(s, new CreateIndex(CHILD, Index.of("ix \"both\"", "Parent Id", "größe"), false));
    roundTrip(s, new CreateIndex(CHILD, Index.of("ux from", "from").asUnique(), false));
    roundTrip(s, new CreateIndex(CHILD, Index.of("ix concurrently", "from"), true));
    roundTrip(s, new DropIndex(CHILD, CHILD_TABLE.indexes().get(0), false));
  }

  @Test
  void uniqueConstraints() throws SQLException {
    Schema s = base();
    insertSampleRows(s);
    roundTrip(s, new AddUniqueConstraint(CHILD, UniqueConstraint.of("uq select \"two\"", "MixedCase", "from")));
    roundTrip(s, new DropUniqueConstraint(PARENT, PARENT_TABLE.uniqueConstraints().get(0)));
    assertEquals(3, count(CHILD));
  }

  @Test
  void foreignKeys() throws SQLException {
    Schema s = base();
    insertSampleRows(s);
    roundTrip(s, new DropForeignKey(CHILD, CHILD_TABLE.foreignKeys().get(0)));
    roundTrip(s, new AddForeignKey(CHILD, ForeignKey.of("fk self", List.of("Parent Id"), CHILD, List.of("id"))
        .onDelete(ForeignKey.Action.RESTRICT)));
    assertEquals(3, count(CHILD));
  }

  @Test
  void foreignKeyActionsWork() throws SQLException {
    Schema s = base();
    insertSampleRows(s);
    StatementRunner.run(connection, List.of(Statement.of("DELETE FROM " + dialect.quote(PARENT) + " WHERE \"id\" = 1")));
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT count(*) FROM " + dialect.quote(CHILD) + " WHERE \"Parent Id\" IS NULL");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      assertEquals(2, rs.getInt(1), "ON DELETE SET NULL");
    }
  }

  @Test
  void checkConstraints() throws SQLException {
    Schema s = base();
    insertSampleRows(s);
    roundTrip(s, new AddCheckConstraint(CHILD, CheckConstraint.of("ck \"id\" positive", "\"id\" > 0 AND \"id\" < 1000")));
    roundTrip(s, new DropCheckConstraint(CHILD, CHILD_TABLE.checkConstraints().get(0)));
  }

  @Test
  void sequences() throws SQLException {
    roundTrip(Schema.EMPTY, new CreateSequence(Sequence.of("Seq \"x\"", 100, 50)));
  }

  @Test
  void executeRunsTheDialectsVariant() throws SQLException {
    Schema s = base();
    insertSampleRows(s);
    StatementRunner.run(connection, dialect.render(new Execute("UPDATE nothing SET broken = 1",
        Map.of(dialect.name(), "UPDATE " + dialect.quote(CHILD) + " SET \"MixedCase\" = 'v'")), s));
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT count(*) FROM " + dialect.quote(CHILD) + " WHERE \"MixedCase\" = 'v'");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      assertEquals(3, rs.getInt(1));
    }
  }

  @Test
  void executeRunsEveryStatementOfTheText() throws SQLException {
    StatementRunner.run(connection, dialect.render(new Execute(
        "CREATE TABLE \"one;\" (x VARCHAR(5) DEFAULT ';'); CREATE TABLE two (y INTEGER);", Map.of()), Schema.EMPTY));
    assertEquals(List.of("one;", "two"), reflect().tables().stream().map(Table::name).toList());
  }

  @Test
  void updateRowsBindsValuesAndWhereParameters() throws SQLException {
    Schema s = base();
    insertSampleRows(s);
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("MixedCase", "it's");
    values.put("from", LocalDateTime.of(2026, 11, 23, 15, 30));
    StatementRunner.run(connection, dialect.render(new UpdateRows(CHILD, values, "\"id\" >= ?", List.of(2)), s));
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT \"id\" FROM " + dialect.quote(CHILD) + " WHERE \"MixedCase\" = 'it''s' ORDER BY \"id\"");
        ResultSet rs = ps.executeQuery()) {
      List<Integer> ids = new ArrayList<>();
      while (rs.next()) {
        ids.add(rs.getInt(1));
      }
      assertEquals(List.of(2, 3), ids);
    }
  }

  /** One value of each supported type, for the "All Types" table's columns in order. */
  List<Object> sampleValues() {
    return Arrays.asList(true, (byte) 7, (short) 300, 70_000, 5_000_000_000L, 1.5f, 2.25d,
        new BigDecimal("12345.6789"), "abc", "it's \"quoted\" ü", "long text",
        new byte[] {1, 2, 3, 4}, new byte[] {(byte) 0xCA, (byte) 0xFE}, new byte[] {0, (byte) 0xFF},
        LocalDate.of(2026, 11, 23), LocalTime.of(15, 30, 1, 123_000_000),
        OffsetTime.of(15, 30, 1, 0, ZoneOffset.ofHours(2)),
        LocalDateTime.of(2026, 11, 23, 15, 30, 1, 123_456_000),
        OffsetDateTime.of(2026, 11, 23, 15, 30, 1, 0, ZoneOffset.UTC),
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
  }

  /**
   * Inserting with bound parameters and inserting the same values as {@link Dialect#literal} text (what an
   * offline script does) store identical rows.
   */
  @Test
  void literalsStoreWhatBindingStores() throws SQLException {
    Schema s = apply(Schema.EMPTY, new CreateTable(TYPES_TABLE));
    List<Object> values = sampleValues();
    List<Object> withNulls = new ArrayList<>();
    values.forEach(v -> withNulls.add(null));
    InsertRows insert = new InsertRows(TYPES_TABLE.name(), TYPES_TABLE.columnNames(), List.of(values, withNulls));
    List<Statement> bound = dialect.render(insert, s);
    StatementRunner.run(connection, bound);
    List<Statement> offline = new ArrayList<>();
    for (Statement st : bound) {
      offline.add(Statement.of(inline(st)));
    }
    StatementRunner.run(connection, offline);
    List<List<Object>> rows = rows(TYPES_TABLE);
    assertEquals(4, rows.size());
    assertRowEquals(rows.get(0), rows.get(2));
    assertRowEquals(rows.get(1), rows.get(3));
    assertEquals(Arrays.asList(new Object[values.size()]), rows.get(1));
  }

  /** The statement's SQL with each {@code ?} replaced by the literal of its parameter. */
  String inline(Statement st) {
    StringBuilder out = new StringBuilder();
    int p = 0;
    for (char c : st.sql().toCharArray()) {
      if (c == '?') {
        out.append(dialect.literal(st.parameters().get(p++)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Every row of {@code t}, a PostgreSQL BLOB or CLOB (an {@code oid}) as the bytes of its large object. */
  List<List<Object>> rows(Table t) throws SQLException {
    List<List<Object>> out = new ArrayList<>();
    List<String> select = new ArrayList<>();
    for (Column c : t.columns()) {
      boolean largeObject = kind() == TestDatabase.Kind.POSTGRESQL
          && (c.type().kind() == ColumnType.Kind.BLOB || c.type().kind() == ColumnType.Kind.CLOB);
      select.add(largeObject ? "lo_get(" + dialect.quote(c.name()) + ")" : dialect.quote(c.name()));
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT " + String.join(", ", select) + " FROM " + dialect.quote(t.name()));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= t.columns().size(); i++) {
          row.add(rs.getObject(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  static void assertRowEquals(List<Object> expected, List<Object> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      Object e = expected.get(i);
      Object a = actual.get(i);
      if (e instanceof byte[] eb && a instanceof byte[] ab) {
        assertArrayEquals(eb, ab, "column " + i);
      } else {
        assertEquals(e, a, "column " + i);
      }
    }
  }
}
