package dev.retort.processor.write;

import com.google.gson.FormattingStyle;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
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
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link Snapshot} to JSON and back: sorted keys, 2-space indentation, a trailing newline, no library class names,
 * empty lists and default flags left out; so the file reads well and diffs cleanly. Encoding streams the text
 * (no tree, no {@code Gson} instance, in the compiler's cold JVM), writing each object's keys in sorted order, so
 * the same snapshot always gives the same bytes: a compile compares them with the file to see that nothing changed
 * without decoding it. Decoding refuses unknown versions and malformed content with a {@link SnapshotException}
 * saying what is wrong.
 */
public final class SnapshotCodec {
  private SnapshotCodec() {}

  /** A snapshot that cannot be read. */
  public static final class SnapshotException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int version;

    SnapshotException(String message, int version) {
      super(message);
      this.version = version;
    }

    /** The unsupported {@code formatVersion} found, or 0 when the problem is another one. */
    public int version() {
      return version;
    }
  }

  public static String encode(Snapshot s) {
    StringWriter text = new StringWriter(1 << 16);
    try (JsonWriter w = new JsonWriter(text)) {
      w.setFormattingStyle(FormattingStyle.PRETTY);
      w.setHtmlSafe(false);
      w.beginObject();
      if (s.chainHash() != null) {
        w.name("chainHash").value(s.chainHash());
      }
      w.name("entities").beginObject();
      for (Map.Entry<String, SortedSet<String>> e : s.entities().entrySet()) {
        strings(w.name(e.getKey()), e.getValue());
      }
      w.endObject();
      w.name("enums").beginObject();
      for (Map.Entry<String, List<String>> e : s.enums().entrySet()) {
        strings(w.name(e.getKey()), e.getValue());
      }
      w.endObject();
      w.name("formatVersion").value(Snapshot.FORMAT_VERSION);
      if (s.head() != null) {
        w.name("head").value(s.head());
      }
      w.name("schema").beginObject();
      w.name("sequences").beginArray();
      for (Sequence q : s.schema().sequences()) {
        w.beginObject().name("increment").value(q.increment()).name("name").value(q.name()).name("start")
            .value(q.start()).endObject();
      }
      w.endArray();
      w.name("tables").beginArray();
      for (Table t : s.schema().tables()) {
        table(w, t);
      }
      w.endArray();
      w.endObject();
      w.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return text.append('\n').toString();
  }

  private static void strings(JsonWriter w, Collection<String> values) throws IOException {
    w.beginArray();
    for (String v : values) {
      w.value(v);
    }
    w.endArray();
  }

  /** One table, its keys in sorted order as every object's in the file. */
  private static void table(JsonWriter w, Table t) throws IOException {
    w.beginObject();
    if (!t.checkConstraints().isEmpty()) {
      w.name("checks").beginArray();
      for (CheckConstraint c : t.checkConstraints()) {
        w.beginObject().name("expression").value(c.expression()).name("name").value(c.name()).endObject();
      }
      w.endArray();
    }
    w.name("columns").beginArray();
    for (Column c : t.columns()) {
      column(w, c);
    }
    w.endArray();
    if (t.comment() != null) {
      w.name("comment").value(t.comment());
    }
    if (!t.foreignKeys().isEmpty()) {
      w.name("foreignKeys").beginArray();
      for (ForeignKey f : t.foreignKeys()) {
        strings(w.beginObject().name("columns"), f.columns());
        w.name("name").value(f.name());
        if (f.onDelete() != ForeignKey.Action.NO_ACTION) {
          w.name("onDelete").value(f.onDelete().name());
        }
        if (f.onUpdate() != ForeignKey.Action.NO_ACTION) {
          w.name("onUpdate").value(f.onUpdate().name());
        }
        strings(w.name("referencedColumns"), f.referencedColumns());
        w.name("referencedTable").value(f.referencedTable()).endObject();
      }
      w.endArray();
    }
    if (!t.indexes().isEmpty()) {
      w.name("indexes").beginArray();
      for (Index i : t.indexes()) {
        strings(w.beginObject().name("columns"), i.columns());
        w.name("name").value(i.name());
        if (i.unique()) {
          w.name("unique").value(true);
        }
        w.endObject();
      }
      w.endArray();
    }
    w.name("name").value(t.name());
    if (t.primaryKey() != null) {
      strings(w.name("primaryKey").beginObject().name("columns"), t.primaryKey().columns());
      if (t.primaryKey().name() != null) {
        w.name("name").value(t.primaryKey().name());
      }
      w.endObject();
    }
    if (!t.uniqueConstraints().isEmpty()) {
      w.name("uniqueConstraints").beginArray();
      for (UniqueConstraint u : t.uniqueConstraints()) {
        strings(w.beginObject().name("columns"), u.columns());
        w.name("name").value(u.name()).endObject();
      }
      w.endArray();
    }
    w.endObject();
  }

  private static void column(JsonWriter w, Column c) throws IOException {
    w.beginObject();
    if (c.comment() != null) {
      w.name("comment").value(c.comment());
    }
    if (c.defaultValue() != null) {
      w.name("default").value(c.defaultValue());
    }
    if (c.identity()) {
      w.name("identity").value(true);
    }
    w.name("name").value(c.name()).name("nullable").value(c.nullable()).name("type").value(c.type().toString());
    w.endObject();
  }

  // -------------------------------------------------------------------------------------------------------- decode

  /**
   * The snapshot's header, read without decoding the schema: keys are sorted, so the header ends where the schema
   * begins. Anything unexpected is left to {@link #decode}, so the errors are the same.
   */
  public static Snapshot.Header decodeHeader(String json) throws SnapshotException {
    try (JsonReader r = new JsonReader(new StringReader(json))) {
      Integer version = null;
      String head = null;
      String chain = null;
      SortedSet<String> classes = new TreeSet<>();
      SortedMap<String, List<String>> enums = new TreeMap<>();
      boolean atSchema = false;
      r.beginObject();
      while (r.hasNext()) {
        String name = r.nextName();
        if (name.equals("schema") && version != null) {
          atSchema = true;
          break;
        }
        switch (name) {
          case "formatVersion" -> version = r.nextInt();
          case "head" -> head = r.nextString();
          case "chainHash" -> chain = r.nextString();
          case "entities" -> {
            r.beginObject();
            while (r.hasNext()) {
              r.nextName();
              classes.addAll(strings(r));
            }
            r.endObject();
          }
          case "enums" -> {
            r.beginObject();
            while (r.hasNext()) {
              enums.put(r.nextName(), strings(r));
            }
            r.endObject();
          }
          default -> r.skipValue();
        }
      }
      if (atSchema && version == Snapshot.FORMAT_VERSION) {
        return new Snapshot.Header(head, chain, classes, enums);
      }
    } catch (IOException | RuntimeException e) {
      // decode says what is wrong
    }
    return decode(json).header();
  }

  private static List<String> strings(JsonReader r) throws IOException {
    List<String> out = new ArrayList<>();
    r.beginArray();
    while (r.hasNext()) {
      out.add(r.nextString());
    }
    r.endArray();
    return out;
  }

  public static Snapshot decode(String json) throws SnapshotException {
    JsonObject root;
    try {
      JsonElement e = JsonParser.parseString(json);
      if (!e.isJsonObject()) {
        throw new SnapshotException("the file is not a JSON object", 0);
      }
      root = e.getAsJsonObject();
    } catch (RuntimeException e) {
      throw new SnapshotException("malformed JSON: " + e.getMessage(), 0);
    }
    if (!root.has("formatVersion") || !root.get("formatVersion").isJsonPrimitive()) {
      throw new SnapshotException("no formatVersion", 0);
    }
    int version;
    try {
      version = root.get("formatVersion").getAsInt();
    } catch (RuntimeException e) {
      throw new SnapshotException("formatVersion is not a number", 0);
    }
    if (version != Snapshot.FORMAT_VERSION) {
      throw new SnapshotException("unknown formatVersion " + version, version);
    }
    try {
      String head = optString(root, "head");
      String chain = optString(root, "chainHash");
      SortedMap<String, SortedSet<String>> entities = new TreeMap<>();
      if (root.has("entities")) {
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("entities").entrySet()) {
          entities.put(e.getKey(), new TreeSet<>(stringList(e.getValue())));
        }
      }
      SortedMap<String, List<String>> enums = new TreeMap<>();
      if (root.has("enums")) {
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("enums").entrySet()) {
          enums.put(e.getKey(), stringList(e.getValue()));
        }
      }
      JsonObject schema = required(root, "schema").getAsJsonObject();
      List<Table> tables = new ArrayList<>();
      for (JsonElement t : arrayOrEmpty(schema, "tables")) {
        tables.add(table(t.getAsJsonObject()));
      }
      List<Sequence> sequences = new ArrayList<>();
      for (JsonElement s : arrayOrEmpty(schema, "sequences")) {
        JsonObject o = s.getAsJsonObject();
        sequences.add(Sequence.of(requiredString(o, "name"), required(o, "start").getAsLong(),
            required(o, "increment").getAsLong()));
      }
      return new Snapshot(head, chain, entities, enums, new Schema(tables, sequences));
    } catch (SnapshotException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SnapshotException("invalid content: " + e.getMessage(), 0);
    }
  }

  private static Table table(JsonObject o) throws SnapshotException {
    Table.Builder b = Table.named(requiredString(o, "name"));
    for (JsonElement c : arrayOrEmpty(o, "columns")) {
      JsonObject x = c.getAsJsonObject();
      b.column(new Column(requiredString(x, "name"), ColumnType.parse(requiredString(x, "type")),
          required(x, "nullable").getAsBoolean(), optString(x, "default"),
          x.has("identity") && x.get("identity").getAsBoolean(), optString(x, "comment")));
    }
    if (o.has("primaryKey")) {
      JsonObject pk = o.getAsJsonObject("primaryKey");
      b.primaryKey(new PrimaryKey(optString(pk, "name"), stringList(required(pk, "columns"))));
    }
    for (JsonElement i : arrayOrEmpty(o, "indexes")) {
      JsonObject x = i.getAsJsonObject();
      b.index(new Index(requiredString(x, "name"), stringList(required(x, "columns")),
          x.has("unique") && x.get("unique").getAsBoolean()));
    }
    for (JsonElement u : arrayOrEmpty(o, "uniqueConstraints")) {
      JsonObject x = u.getAsJsonObject();
      b.unique(new UniqueConstraint(requiredString(x, "name"), stringList(required(x, "columns"))));
    }
    for (JsonElement f : arrayOrEmpty(o, "foreignKeys")) {
      JsonObject x = f.getAsJsonObject();
      String onDelete = optString(x, "onDelete");
      String onUpdate = optString(x, "onUpdate");
      b.foreignKey(new ForeignKey(requiredString(x, "name"), stringList(required(x, "columns")),
          requiredString(x, "referencedTable"), stringList(required(x, "referencedColumns")),
          onDelete == null ? ForeignKey.Action.NO_ACTION : ForeignKey.Action.valueOf(onDelete),
          onUpdate == null ? ForeignKey.Action.NO_ACTION : ForeignKey.Action.valueOf(onUpdate)));
    }
    for (JsonElement c : arrayOrEmpty(o, "checks")) {
      JsonObject x = c.getAsJsonObject();
      b.check(CheckConstraint.of(requiredString(x, "name"), requiredString(x, "expression")));
    }
    b.comment(optString(o, "comment"));
    return b.build();
  }

  private static JsonElement required(JsonObject o, String key) throws SnapshotException {
    JsonElement e = o.get(key);
    if (e == null || e.isJsonNull()) {
      throw new SnapshotException("missing \"" + key + "\" in " + abbreviate(o), 0);
    }
    return e;
  }

  private static String requiredString(JsonObject o, String key) throws SnapshotException {
    return required(o, key).getAsString();
  }

  private static String optString(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  private static JsonArray arrayOrEmpty(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || e.isJsonNull() ? new JsonArray() : e.getAsJsonArray();
  }

  private static List<String> stringList(JsonElement e) {
    List<String> out = new ArrayList<>();
    for (JsonElement x : e.getAsJsonArray()) {
      out.add(x.getAsString());
    }
    return out;
  }

  private static String abbreviate(JsonObject o) {
    String s = o.toString();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
