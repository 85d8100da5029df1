package dev.retort.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {
  private static Snapshot sample() {
    Table users = Table.named("users").column(Column.of("id", ColumnType.BIGINT).asIdentity())
        .column(Column.of("email", ColumnType.varchar(200)).notNull().defaultValue("''").comment("login"))
        .primaryKey(new PrimaryKey("pk_users", List.of("id")))
        .index(Index.of("ix_users_email", "email").asUnique())
        .unique(UniqueConstraint.of("uk_users_email", "email"))
        .check(CheckConstraint.of("ck_users_email", "email <> ''"))
        .comment("people")
        .build();
    Table todos = Table.named("todos").column(Column.of("id", ColumnType.BIGINT).notNull())
        .column(Column.of("owner_id", ColumnType.BIGINT)).column(Column.of("doc", ColumnType.custom("jsonb")))
        .primaryKey("id")
        .foreignKey(ForeignKey.of("fk_todos_owner_id", List.of("owner_id"), "users", List.of("id"))
            .onDelete(ForeignKey.Action.CASCADE).onUpdate(ForeignKey.Action.SET_NULL))
        .build();
    TreeMap<String, java.util.SortedSet<String>> entities = new TreeMap<>();
    entities.put("users", new TreeSet<>(List.of("com.example.User")));
    TreeMap<String, List<String>> enums = new TreeMap<>();
    enums.put("com.example.Status", List.of("OPEN", "DONE"));
    return new Snapshot("r2", "abcd", entities, enums,
        new Schema(List.of(users, todos), List.of(Sequence.of("Todo_SEQ", 1, 50))));
  }

  @Test
  void roundTripsEveryField() throws Exception {
    Snapshot s = sample();
    String json = SnapshotCodec.encode(s);
    assertEquals(s, SnapshotCodec.decode(json));
    assertEquals(json, SnapshotCodec.encode(SnapshotCodec.decode(json)));
  }

  @Test
  void layoutIsSortedIndentedAndEndsWithANewline() {
    String json = SnapshotCodec.encode(sample());
    assertTrue(json.startsWith("{\n  \"chainHash\": \"abcd\",\n  \"entities\": {\n    \"users\": [\n"), json);
    assertTrue(json.endsWith("}\n"), json);
    assertTrue(json.contains("\"expression\": \"email <> ''\""), json);
  }

  @Test
  void emptySnapshotRoundTrips() throws Exception {
    assertEquals(Snapshot.EMPTY, SnapshotCodec.decode(SnapshotCodec.encode(Snapshot.EMPTY)));
  }

  @Test
  void refusesUnknownVersionsAndBrokenContent() {
    SnapshotCodec.SnapshotException e = assertThrows(SnapshotCodec.SnapshotException.class,
        () -> SnapshotCodec.decode("{\"formatVersion\": 2, \"schema\": {}}"));
    assertEquals(2, e.version());
    assertEquals("unknown formatVersion 2", e.getMessage());
    assertEquals("no formatVersion", assertThrows(SnapshotCodec.SnapshotException.class,
        () -> SnapshotCodec.decode("{}")).getMessage());
    assertEquals("the file is not a JSON object", assertThrows(SnapshotCodec.SnapshotException.class,
        () -> SnapshotCodec.decode("[]")).getMessage());
    assertTrue(assertThrows(SnapshotCodec.SnapshotException.class,
        () -> SnapshotCodec.decode("{\"formatVersion\": 1}")).getMessage().startsWith("missing \"schema\""));
  }

  @Test
  void escapesStringsAsEarlierVersionsWrote() {
    Table t = Table.named("t").column(Column.of("id", ColumnType.BIGINT))
        .column(Column.of("c", ColumnType.INTEGER).comment("q\"uo\\te <>&=' \t\n\u0001\u007f\u2028 é 😀")).build();
    String json = SnapshotCodec.encode(new Snapshot(null, null, new TreeMap<>(), new TreeMap<>(),
        new Schema(List.of(t), List.of())));
    assertTrue(json.contains("\"comment\": \"q\\\"uo\\\\te <>&=' \\t\\n\\u0001\u007f\\u2028 é 😀\",\n"), json);
  }

  @Test
  void theHeaderReadsAsTheFullDecodeWouldWithoutTheSchema() throws Exception {
    String json = SnapshotCodec.encode(sample());
    assertEquals(sample().header(), SnapshotCodec.decodeHeader(json));
    assertEquals(Snapshot.Header.EMPTY, SnapshotCodec.decodeHeader(SnapshotCodec.encode(Snapshot.EMPTY)));
    String brokenSchema = json.substring(0, json.indexOf("\"schema\"")) + "\"schema\": {\"tables\": [{\"name\": 1}]}}";
    assertEquals(sample().header(), SnapshotCodec.decodeHeader(brokenSchema));
    assertThrows(SnapshotCodec.SnapshotException.class, () -> SnapshotCodec.decode(brokenSchema));
  }

  @Test
  void theHeaderRefusesWhatTheFullDecodeRefuses() {
    for (String json : List.of("{\"formatVersion\": 2, \"schema\": {}}", "{}", "[]", "{\"formatVersion\": 1}",
        "{\"enums\": 3, \"formatVersion\": 1, \"schema\": {}}", "{\"formatVersion\": 1, \"head\": ")) {
      SnapshotCodec.SnapshotException full = assertThrows(SnapshotCodec.SnapshotException.class,
          () -> SnapshotCodec.decode(json), json);
      SnapshotCodec.SnapshotException header = assertThrows(SnapshotCodec.SnapshotException.class,
          () -> SnapshotCodec.decodeHeader(json), json);
      assertEquals(full.getMessage(), header.getMessage(), json);
      assertEquals(full.version(), header.version(), json);
    }
  }
}
