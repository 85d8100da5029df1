package dev.retort.runtime.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each dialect's normalisation changes, and that it is idempotent. */
class NormalizeTest {
  private static final Table T = Table.named("t")
      .column(Column.of("id", ColumnType.BIGINT).asIdentity().comment("key"))
      .column(Column.of("tiny", ColumnType.TINYINT).defaultValue("'-1'"))
      .column(Column.of("bin", ColumnType.varbinary(16)))
      .column(Column.of("flag", ColumnType.BOOLEAN).defaultValue("TRUE"))
      .column(Column.of("expr", ColumnType.INTEGER).defaultValue("1 + 2"))
      .column(Column.of("text", ColumnType.custom("text")).defaultValue("NULL"))
      .primaryKey("id")
      .comment("a table")
      .build();
  private static final Schema S = new Schema(List.of(T), List.of(Sequence.of("s", 1, 1)));

  @Test
  void postgres() {
    Dialect pg = new PostgresDialect();
    Table expected = Table.named("t")
        .column(Column.of("id", ColumnType.BIGINT).asIdentity().comment("key"))
        .column(Column.of("tiny", ColumnType.SMALLINT).defaultValue("-1"))
        .column(Column.of("bin", ColumnType.varbinary(0)))
        .column(Column.of("flag", ColumnType.BOOLEAN).defaultValue("true"))
        .column(Column.of("expr", ColumnType.INTEGER).defaultValue("1 + 2"))
        .column(Column.of("text", ColumnType.custom("text")))
        .primaryKey(new PrimaryKey("t_pkey", List.of("id")))
        .comment("a table")
        .build();
    assertEquals(new Schema(List.of(expected), S.sequences()), pg.normalize(S));
    assertEquals(pg.normalize(S), pg.normalize(pg.normalize(S)));
  }

  @Test
  void sqlite() {
    Dialect sqlite = new SqliteDialect();
    Table expected = Table.named("t")
        .column(new Column("id", ColumnType.INTEGER, false, null, true, null))
        .column(Column.of("tiny", ColumnType.TINYINT).defaultValue("'-1'"))
        .column(Column.of("bin", ColumnType.BLOB))
        .column(Column.of("flag", ColumnType.BOOLEAN).defaultValue("TRUE"))
        .column(Column.of("expr", ColumnType.INTEGER).defaultValue("(1 + 2)"))
        .column(Column.of("text", ColumnType.CLOB))
        .primaryKey("id")
        .build();
    Table sequence = Table.named("s").column(Column.of("next_val", ColumnType.BIGINT)).build();
    assertEquals(new Schema(List.of(expected, sequence), List.of()), sqlite.normalize(S));
    assertEquals(sqlite.normalize(S), sqlite.normalize(sqlite.normalize(S)));
  }

  @Test
  void postgresDefaultPrimaryKeyNameFitsIn63Bytes() {
    String longName = "ä".repeat(40);
    String name = PostgresDialect.defaultPrimaryKeyName(longName);
    assertEquals("ä".repeat(29) + "_pkey", name);
  }
}
