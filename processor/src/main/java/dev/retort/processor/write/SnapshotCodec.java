package dev.retort.processor.write;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@link Snapshot} to JSON and back: {@code formatVersion} first among sorted keys, 2-space indentation, a trailing
 * newline, no library class names, empty lists and default flags left out; so the file reads well and diffs cleanly.
 * Decoding refuses unknown versions and malformed content with a {@link SnapshotException} saying what is wrong.
 */
public final class SnapshotCodec {
  /**
   * The printer, created on first encode only: most compiles only decode, and building a {@code Gson} loads and
   * initializes much of the library, in the compiler's cold JVM.
   */
  private static final class Printer {
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
  }

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
    Map<String, JsonElement> root = new TreeMap<>();
    root.put("formatVersion", new JsonPrimitive(Snapshot.FORMAT_VERSION));
    if (s.head() != null) {
      root.put("head", new JsonPrimitive(s.head()));
    }
    if (s.chainHash() != null) {
      root.put("chainHash", new JsonPrimitive(s.chainHash()));
    }
    Map<String, JsonElement> entities = new TreeMap<>();
    s.entities().forEach((t, names) -> entities.put(t, strings(new ArrayList<>(names))));
    root.put("entities", object(entities));
    Map<String, JsonElement> enums = new TreeMap<>();
    s.enums().forEach((t, names) -> enums.put(t, strings(names)));
    root.put("enums", object(enums));
    Map<String, JsonElement> schema = new TreeMap<>();
    schema.put("tables", array(s.schema().tables(), SnapshotCodec::table));
    schema.put("sequences", array(s.schema().sequences(), SnapshotCodec::sequence));
    root.put("schema", object(schema));
    return Printer.GSON.toJson(object(root)) + "\n";
  }

  private static JsonObject object(Map<String, JsonElement> sorted) {
    JsonObject o = new JsonObject();
    new TreeMap<>(sorted).forEach(o::add);
    return o;
  }

  private static JsonArray strings(List<String> values) {
    JsonArray a = new JsonArray();
    values.forEach(a::add);
    return a;
  }

  private static <T> JsonArray array(List<T> items, Function<T, JsonElement> f) {
    JsonArray a = new JsonArray();
    items.forEach(i -> a.add(f.apply(i)));
    return a;
  }

  private static JsonElement table(Table t) {
    Map<String, JsonElement> m = new TreeMap<>();
    m.put("name", new JsonPrimitive(t.name()));
    m.put("columns", array(t.columns(), SnapshotCodec::column));
    if (t.primaryKey() != null) {
      Map<String, JsonElement> pk = new TreeMap<>();
      pk.put("columns", strings(t.primaryKey().columns()));
      if (t.primaryKey().name() != null) {
        pk.put("name", new JsonPrimitive(t.primaryKey().name()));
      }
      m.put("primaryKey", object(pk));
    }
    if (!t.indexes().isEmpty()) {
      m.put("indexes", array(t.indexes(), i -> {
        Map<String, JsonElement> x = new TreeMap<>();
        x.put("name", new JsonPrimitive(i.name()));
        x.put("columns", strings(i.columns()));
        if (i.unique()) {
          x.put("unique", new JsonPrimitive(true));
        }
        return object(x);
      }));
    }
    if (!t.uniqueConstraints().isEmpty()) {
      m.put("uniqueConstraints", array(t.uniqueConstraints(), u -> {
        Map<String, JsonElement> x = new TreeMap<>();
        x.put("name", new JsonPrimitive(u.name()));
        x.put("columns", strings(u.columns()));
        return object(x);
      }));
    }
    if (!t.foreignKeys().isEmpty()) {
      m.put("foreignKeys", array(t.foreignKeys(), f -> {
        Map<String, JsonElement> x = new TreeMap<>();
        x.put("name", new JsonPrimitive(f.name()));
        x.put("columns", strings(f.columns()));
        x.put("referencedTable", new JsonPrimitive(f.referencedTable()));
        x.put("referencedColumns", strings(f.referencedColumns()));
        if (f.onDelete() != ForeignKey.Action.NO_ACTION) {
          x.put("onDelete", new JsonPrimitive(f.onDelete().name()));
        }
        if (f.onUpdate() != ForeignKey.Action.NO_ACTION) {
          x.put("onUpdate", new JsonPrimitive(f.onUpdate().name()));
        }
        return object(x);
      }));
    }
    if (!t.checkConstraints().isEmpty()) {
      m.put("checks", array(t.checkConstraints(), c -> {
        Map<String, JsonElement> x = new TreeMap<>();
        x.put("name", new JsonPrimitive(c.name()));
        x.put("expression", new JsonPrimitive(c.expression()));
        return object(x);
      }));
    }
    if (t.comment() != null) {
      m.put("comment", new JsonPrimitive(t.comment()));
    }
    return object(m);
  }

  private static JsonElement column(Column c) {
    Map<String, JsonElement> m = new TreeMap<>();
    m.put("name", new JsonPrimitive(c.name()));
    m.put("type", new JsonPrimitive(c.type().toString()));
    m.put("nullable", new JsonPrimitive(c.nullable()));
    if (c.identity()) {
      m.put("identity", new JsonPrimitive(true));
    }
    if (c.defaultValue() != null) {
      m.put("default", new JsonPrimitive(c.defaultValue()));
    }
    if (c.comment() != null) {
      m.put("comment", new JsonPrimitive(c.comment()));
    }
    return object(m);
  }

  private static JsonElement sequence(Sequence s) {
    Map<String, JsonElement> m = new TreeMap<>();
    m.put("name", new JsonPrimitive(s.name()));
    m.put("start", new JsonPrimitive(s.start()));
    m.put("increment", new JsonPrimitive(s.increment()));
    return object(m);
  }

  // -------------------------------------------------------------------------------------------------------- decode

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
