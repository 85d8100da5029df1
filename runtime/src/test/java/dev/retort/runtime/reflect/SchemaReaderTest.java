package dev.retort.runtime.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.runtime.dialect.Dialect;
import dev.retort.runtime.dialect.PostgresDialect;
import dev.retort.runtime.dialect.SqliteDialect;
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
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reflection of tables written by hand (not by Retort): unnamed constraints, foreign spellings, Retort's tables. */
class SchemaReaderTest {
  private static void exec(Connection c, String... sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    }
  }

  @Test
  void sqliteHandWrittenTables() throws Exception {
    try (TestDatabase db = TestDatabases.sqlite(); Connection c = db.dataSource().getConnection()) {
      exec(c,
          "CREATE TABLE retort_version (version_num VARCHAR(32) NOT NULL)",
          "CREATE TABLE [Owners] (id integer primary key, email text unique, nick varchar(20) CONSTRAINT nick_ok"
              + " CHECK (length(nick) > 1), created datetime default current_timestamp, score numeric(5, 2)"
              + " default (1 + 1), CHECK (id > 0))",
          "CREATE TABLE pets (id INTEGER NOT NULL, owner INTEGER REFERENCES Owners ON DELETE CASCADE, tag JSON,"
              + " PRIMARY KEY (id), UNIQUE (owner, tag))",
          "CREATE INDEX ix_pets_tag ON pets (tag DESC)",
          "CREATE INDEX ix_pets_expr ON pets (lower(tag))",
          "CREATE INDEX ix_pets_partial ON pets (owner) WHERE owner IS NOT NULL");
      Schema schema = SchemaReader.forDialect(new SqliteDialect()).read(c);
      Table owners = Table.named("Owners")
          .column(new Column("id", ColumnType.INTEGER, true, null, false, null))
          .column(Column.of("email", ColumnType.CLOB))
          .column(Column.of("nick", ColumnType.varchar(20)))
          .column(Column.of("created", ColumnType.timestamp(0)).defaultValue("CURRENT_TIMESTAMP"))
          .column(Column.of("score", ColumnType.decimal(5, 2)).defaultValue("(1 + 1)"))
          .primaryKey(PrimaryKey.of("id"))
          .unique(UniqueConstraint.of("sqlite_autoindex_Owners_1", "email"))
          .check(CheckConstraint.of("nick_ok", "length(nick) > 1"))
          .check(CheckConstraint.of("check_1", "id > 0"))
          .build();
      Table pets = Table.named("pets")
          .column(Column.of("id", ColumnType.INTEGER).notNull())
          .column(Column.of("owner", ColumnType.INTEGER))
          .column(Column.of("tag", ColumnType.custom("JSON")))
          .primaryKey(PrimaryKey.of("id"))
          .unique(UniqueConstraint.of("sqlite_autoindex_pets_1", "owner", "tag"))
          .index(Index.of("ix_pets_tag", "tag"))
          .foreignKey(ForeignKey.of("fk_pets_0", List.of("owner"), "Owners", List.of("id"))
              .onDelete(ForeignKey.Action.CASCADE))
          .build();
      assertEquals(new Schema(List.of(owners, pets), List.of()), schema);
    }
  }

  @Test
  void postgresHandWrittenTables() throws Exception {
    try (TestDatabase db = TestDatabases.postgres(); Connection c = db.dataSource().getConnection()) {
      exec(c,
          "CREATE TABLE retort_version (version_num varchar(32) NOT NULL)",
          "CREATE SEQUENCE retort_internal_seq",
          "CREATE SEQUENCE hilo_seq START 10 INCREMENT 5",
          "CREATE TABLE owners (id serial PRIMARY KEY, email text UNIQUE, nick varchar(20) DEFAULT 'anon',"
              + " n int DEFAULT -1, at timestamptz DEFAULT now(), CONSTRAINT n_ok CHECK (n <> 0))",
          "CREATE TABLE pets (id bigint GENERATED ALWAYS AS IDENTITY, owner int REFERENCES owners ON UPDATE"
              + " SET NULL, tags text[], PRIMARY KEY (id))",
          "CREATE UNIQUE INDEX ux_pets_owner ON pets (owner)",
          "CREATE INDEX ix_pets_expr ON pets ((id + 1))",
          "COMMENT ON TABLE pets IS 'the pets'",
          "COMMENT ON COLUMN pets.owner IS 'who'");
      Schema schema = SchemaReader.read(db.dataSource());
      Table owners = Table.named("owners")
          .column(Column.of("id", ColumnType.INTEGER).notNull().defaultValue("nextval('owners_id_seq'::regclass)"))
          .column(Column.of("email", ColumnType.custom("text")))
          .column(Column.of("nick", ColumnType.varchar(20)).defaultValue("'anon'"))
          .column(Column.of("n", ColumnType.INTEGER).defaultValue("-1"))
          .column(Column.of("at", ColumnType.timestampTz(0)).defaultValue("now()"))
          .primaryKey(new PrimaryKey("owners_pkey", List.of("id")))
          .unique(UniqueConstraint.of("owners_email_key", "email"))
          .check(CheckConstraint.of("n_ok", "(n <> 0)"))
          .build();
      Table pets = Table.named("pets")
          .column(Column.of("id", ColumnType.BIGINT).asIdentity())
          .column(Column.of("owner", ColumnType.INTEGER).comment("who"))
          .column(Column.of("tags", ColumnType.custom("text[]")))
          .primaryKey(new PrimaryKey("pets_pkey", List.of("id")))
          .index(Index.of("ux_pets_owner", "owner").asUnique())
          .foreignKey(ForeignKey.of("pets_owner_fkey", List.of("owner"), "owners", List.of("id"))
              .onUpdate(ForeignKey.Action.SET_NULL))
          .comment("the pets")
          .build();
      assertEquals(new Schema(List.of(owners, pets), List.of(Sequence.of("hilo_seq", 10, 5))), schema);
    }
  }

  @Test
  void postgresReadsOnlyTheCurrentSchema() throws Exception {
    try (TestDatabase a = TestDatabases.postgres(); TestDatabase b = TestDatabases.postgres();
        Connection ca = a.dataSource().getConnection(); Connection cb = b.dataSource().getConnection()) {
      exec(ca, "CREATE TABLE only_in_a (x int)");
      assertEquals(Schema.EMPTY, SchemaReader.forDialect(new PostgresDialect()).read(cb));
      assertEquals(List.of("only_in_a"),
          SchemaReader.forDialect(new PostgresDialect()).read(ca).tables().stream().map(Table::name).toList());
    }
  }

  @Test
  void unknownDialectIsRefused() {
    Dialect other = new Dialect() {
      @Override
      public String name() {
        return "h2";
      }

      @Override
      public boolean transactionalDdl() {
        return true;
      }

      @Override
      public String quote(String identifier) {
        return identifier;
      }

      @Override
      public String typeSql(ColumnType type) {
        return type.toString();
      }

      @Override
      public String literal(Object value) {
        return String.valueOf(value);
      }

      @Override
      public List<dev.retort.runtime.dialect.Statement> render(dev.retort.ops.Op op, Schema before) {
        return List.of();
      }
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SchemaReader.forDialect(other));
    assertEquals("no schema reader for dialect h2; supported: sqlite, postgresql", e.getMessage());
  }
}
