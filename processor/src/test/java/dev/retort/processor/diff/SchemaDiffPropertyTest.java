package dev.retort.processor.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.ops.Op;
import dev.retort.ops.SchemaReplay;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For random pairs of schemas: the upgrade replays the old schema into the new one (columns of kept tables in
 * database order), the downgrade replays it back (a re-added column comes last), and every operation reverses to itself twice. The seed is
 * printed on failure; {@code -Dretort.seed=N} replays one.
 */
class SchemaDiffPropertyTest {
  private static final List<ColumnType> TYPES = List.of(ColumnType.BIGINT, ColumnType.INTEGER, ColumnType.varchar(50),
      ColumnType.varchar(255), ColumnType.BOOLEAN, ColumnType.decimal(10, 2), ColumnType.timestampTz(6),
      ColumnType.CLOB);

  @Test
  void randomSchemaPairsReplayBothWays() {
    String fixed = System.getProperty("retort.seed");
    long base = fixed != null ? Long.parseLong(fixed) : System.nanoTime();
    int runs = fixed != null ? 1 : 500;
    for (int i = 0; i < runs; i++) {
      long seed = base + i;
      try {
        check(new Random(seed));
      } catch (AssertionError | RuntimeException e) {
        fail("failed with seed " + seed + " (rerun with -Dretort.seed=" + seed + "): " + e, e);
      }
    }
  }

  /** A random old schema and the diff to a random mutation of it. */
  static DiffResult randomDiff(Random random) {
    Schema old = randomSchema(random, "t", null);
    Map<String, String> tableRenames = new HashMap<>();
    Map<String, Map<String, String>> columnRenames = new HashMap<>();
    Schema target = mutate(random, old, tableRenames, columnRenames);
    return SchemaDiff.diff(old, target, new Hints(tableRenames, columnRenames));
  }

  private static void check(Random random) {
    Schema old = randomSchema(random, "t", null);
    Map<String, String> tableRenames = new HashMap<>();
    Map<String, Map<String, String>> columnRenames = new HashMap<>();
    Schema target = mutate(random, old, tableRenames, columnRenames);
    DiffResult d = SchemaDiff.diff(old, target, new Hints(tableRenames, columnRenames));
    assertEquals(normalize(target), normalize(d.target()));
    assertEquals(d.target(), SchemaReplay.apply(old, d.upgrade()));
    // AddColumn appends, so a downgrade restores a dropped column at the end of its table: equal up to column order
    assertEquals(normalize(old), normalize(SchemaReplay.apply(d.target(), d.downgrade())));
    for (Op op : d.upgrade()) {
      assertEquals(op, op.reverse().reverse());
    }
    assertEquals(List.of(), SchemaDiff.diff(d.target(), target, Hints.NONE).upgrade());
  }

  /** The schema with each table's columns sorted by name: equal when only column order differs. */
  private static Schema normalize(Schema s) {
    List<Table> tables = new ArrayList<>();
    for (Table t : s.tables()) {
      List<Column> cols = new ArrayList<>(t.columns());
      cols.sort(Comparator.comparing(Column::name));
      tables.add(t.toBuilder().columns(cols).build());
    }
    return new Schema(tables, s.sequences());
  }

  private static Schema randomSchema(Random random, String prefix, Schema existing) {
    int n = 1 + random.nextInt(5);
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tables.add(randomTable(random, prefix + i));
    }
    List<Sequence> sequences = new ArrayList<>();
    for (int i = 0; i < random.nextInt(3); i++) {
      sequences.add(Sequence.of("s" + i, 1, 1 + random.nextInt(3) * 49));
    }
    return withForeignKeys(random, new Schema(tables, sequences));
  }

  private static Table randomTable(Random random, String name) {
    Table.Builder b = Table.named(name).column(Column.of("id", ColumnType.BIGINT).notNull());
    int cols = random.nextInt(5);
    for (int c = 0; c < cols; c++) {
      b.column(randomColumn(random, "c" + c));
    }
    b.primaryKey("id");
    return decorate(random, b).build();
  }

  private static Column randomColumn(Random random, String name) {
    Column c = Column.of(name, TYPES.get(random.nextInt(TYPES.size())));
    if (random.nextBoolean()) {
      c = c.notNull();
    }
    if (random.nextInt(4) == 0) {
      c = c.defaultValue("0");
    }
    return c;
  }

  /** Adds random indexes, unique and check constraints on the builder's columns. */
  private static Table.Builder decorate(Random random, Table.Builder b) {
    List<String> names = b.columns().stream().map(Column::name).toList();
    String name = b.build().name();
    for (String c : names) {
      int r = random.nextInt(8);
      if (r == 0) {
        b.index(Index.of("ix_" + name + "_" + c, c));
      } else if (r == 1) {
        b.unique(UniqueConstraint.of("uk_" + name + "_" + c, c));
      } else if (r == 2) {
        b.check(CheckConstraint.of("ck_" + name + "_" + c, c + " is not null"));
      }
    }
    return b;
  }

  /** Adds foreign keys from random BIGINT columns named {@code ref_*} to other tables' keys. */
  private static Schema withForeignKeys(Random random, Schema s) {
    List<Table> tables = new ArrayList<>();
    for (Table t : s.tables()) {
      Table.Builder b = t.toBuilder();
      if (random.nextInt(3) == 0 && !s.tables().isEmpty()) {
        Table target = s.tables().get(random.nextInt(s.tables().size()));
        String col = "ref_" + target.name();
        if (t.column(col).isEmpty() && target.primaryKey() != null
            && target.primaryKey().columns().equals(List.of("id"))) {
          b.column(Column.of(col, ColumnType.BIGINT));
          ForeignKey fk = ForeignKey.of("fk_" + t.name() + "_" + col, List.of(col), target.name(), List.of("id"));
          if (random.nextBoolean()) {
            fk = fk.onDelete(ForeignKey.Action.CASCADE);
          }
          b.foreignKey(fk);
        }
      }
      tables.add(b.build());
    }
    return new Schema(tables, s.sequences());
  }

  private static Schema mutate(Random random, Schema old, Map<String, String> tableRenames,
      Map<String, Map<String, String>> columnRenames) {
    List<Table> tables = new ArrayList<>();
    for (Table t : old.tables()) {
      int fate = random.nextInt(10);
      if (fate == 0) {
        continue;
      }
      String name = t.name();
      if (fate == 1) {
        name = t.name() + "_renamed";
        tableRenames.put(name, t.name());
      }
      Table.Builder b = Table.named(name);
      for (Column c : t.columns()) {
        int r = random.nextInt(10);
        if (c.name().equals("id") || c.name().startsWith("ref_")) {
          b.column(c);
        } else if (r == 0) {
          continue;
        } else if (r == 1) {
          b.column(c.withType(TYPES.get(random.nextInt(TYPES.size()))));
        } else if (r == 2) {
          b.column(c.nullable(!c.nullable()));
        } else if (r == 3) {
          b.column(c.defaultValue(c.defaultValue() == null ? "1" : null));
        } else if (r == 4) {
          String renamed = c.name() + "_r";
          columnRenames.computeIfAbsent(name, k -> new HashMap<>()).put(renamed, c.name());
          b.column(c.withName(renamed));
        } else {
          b.column(c);
        }
      }
      for (int i = 0; i < random.nextInt(3); i++) {
        String n = "n" + i;
        b.column(randomColumn(random, n));
      }
      if (random.nextInt(6) == 0 && b.columns().size() > 1) {
        String second = b.columns().get(1).name();
        b.columns().set(1, b.columns().get(1).notNull());
        b.primaryKey(PrimaryKey.of("id", second));
      } else {
        b.primaryKey(t.primaryKey());
      }
      tables.add(decorate(random, b).build());
    }
    int added = random.nextInt(3);
    for (int i = 0; i < added; i++) {
      tables.add(randomTable(random, "new" + i));
    }
    List<Sequence> sequences = new ArrayList<>();
    for (Sequence s : old.sequences()) {
      int r = random.nextInt(4);
      if (r == 0) {
        continue;
      }
      sequences.add(r == 1 ? Sequence.of(s.name(), s.start(), s.increment() + 1) : s);
    }
    if (random.nextBoolean()) {
      sequences.add(Sequence.of("s_new", 1, 50));
    }
    return withForeignKeys(random, new Schema(tables, sequences));
  }
}
