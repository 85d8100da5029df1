package dev.retort.runtime.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.ops.CreateTable;
import dev.retort.runtime.dialect.Dialect;
import dev.retort.runtime.dialect.Dialects;
import dev.retort.runtime.dialect.Statement;
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
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftTest {
  private static final Table USERS = Table.named("users")
      .column(Column.of("id", ColumnType.BIGINT).notNull())
      .column(Column.of("email", ColumnType.varchar(100)).notNull())
      .column(Column.of("name", ColumnType.varchar(50)).defaultValue("'x'"))
      .primaryKey(new PrimaryKey("pk_users", List.of("id")))
      .index(Index.of("ix_users_name", "name"))
      .unique(UniqueConstraint.of("uq_users_email", "email"))
      .check(CheckConstraint.of("ck_users_id", "\"id\" > 0"))
      .build();

  @Test
  void equalSchemasHaveNoDrift() {
    Schema s = new Schema(List.of(USERS), List.of(Sequence.of("s", 1, 1)));
    assertEquals(List.of(), Drift.between(s, s));
  }

  /**
   * Found by the evolution suite: after a downgrade re-added a column (last, as ADD COLUMN does), a later SQLite
   * rebuild of that table was refused as drift, although the rebuild copies columns by name and loses nothing.
   */
  @Test
  void columnPositionIsNotDrift() {
    List<Column> reordered = new java.util.ArrayList<>(USERS.columns());
    java.util.Collections.reverse(reordered);
    Table live = USERS.toBuilder().columns(reordered).build();
    assertEquals(List.of(), Drift.between(USERS, live));
  }

  @Test
  void describesEveryDifference() {
    Table live = Table.named("users")
        .column(Column.of("id", ColumnType.BIGINT).asIdentity())
        .column(Column.of("email", ColumnType.CLOB))
        .column(Column.of("extra", ColumnType.INTEGER))
        .primaryKey(PrimaryKey.of("id"))
        .index(Index.of("ix_users_name", "email").asUnique())
        .foreignKey(ForeignKey.of("fk_self", List.of("id"), "users", List.of("id")))
        .check(CheckConstraint.of("ck_users_id", "(id > 0)"))
        .comment("hand made")
        .build();
    Schema promised = new Schema(List.of(USERS, Table.named("gone").column(Column.of("a", ColumnType.INTEGER)).build()),
        List.of(Sequence.of("s", 1, 50)));
    Schema found = new Schema(List.of(live), List.of(Sequence.of("s", 1, 1)));
    assertEquals(List.of(
            "table gone: promised, not found in the database",
            "table users: column email: type: promised VARCHAR(100), found CLOB",
            "table users: column email: promised NOT NULL, found NULL",
            "table users: column id: promised no identity, found identity",
            "table users: column name: promised, not found in the database",
            "table users: column extra: found in the database, not promised",
            "table users: primary key: promised pk_users [id], found [id]",
            "table users: index ix_users_name: promised [name], found UNIQUE [email]",
            "table users: unique constraint uq_users_email: promised, not found in the database",
            "table users: foreign key fk_self: found in the database, not promised",
            "table users: check constraint ck_users_id: promised CHECK (\"id\" > 0), found CHECK ((id > 0))",
            "table users: comment: promised none, found hand made",
            "sequence s: promised START 1 INCREMENT 50, found START 1 INCREMENT 1"),
        Drift.between(promised, found));
  }

  @Test
  void aHandMadeAlterIsDriftOnBothDatabases() throws Exception {
    for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
      try (TestDatabase db = TestDatabases.create(kind); Connection c = db.dataSource().getConnection()) {
        Dialect dialect = Dialects.forMetaData(c.getMetaData());
        Schema promised = Schema.EMPTY.withTable(USERS);
        StatementRunner.run(c, dialect.render(new CreateTable(USERS), Schema.EMPTY));
        SchemaReader reader = SchemaReader.forDialect(dialect);
        assertEquals(List.of(), Drift.between(dialect.normalize(promised), reader.read(c)), kind.name());
        StatementRunner.run(c, List.of(Statement.of("ALTER TABLE users ADD COLUMN note TEXT"),
            Statement.of("DROP INDEX ix_users_name")));
        assertEquals(List.of(
                "table users: column note: found in the database, not promised",
                "table users: index ix_users_name: promised, not found in the database"),
            Drift.between(dialect.normalize(promised), reader.read(c)), kind.name());
        assertEquals(List.of("table users: column note: found in the database, not promised",
                "table users: index ix_users_name: promised, not found in the database"),
            Drift.between(dialect.normalize(promised).table("users").orElseThrow(),
                reader.readTable(c, "users").orElseThrow()), kind.name());
      }
    }
  }
}
