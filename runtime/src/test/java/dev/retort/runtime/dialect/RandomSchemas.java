package dev.retort.runtime.dialect;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random tables for the contract suite: every column type, defaults a database can keep, identity and
 * composite keys, unique constraints, indexes, foreign keys to earlier tables and checks, with awkward names.
 */
final class RandomSchemas {
  private static final String[] NAMES = {
      "a", "Mixed Case", "select", "order", "we\"ird", "größe", "naïve name", "UPPER", "from", "x1"};

  private final Random random;
  private final String dialect;

  RandomSchemas(long seed, String dialect) {
    this.random = new Random(seed);
    this.dialect = dialect;
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  ColumnType type() {
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    return switch (kind) {
      case CHAR -> ColumnType.fixedChar(1 + random.nextInt(10));
      case VARCHAR -> ColumnType.varchar(1 + random.nextInt(300));
      case BINARY -> ColumnType.binary(1 + random.nextInt(16));
      case VARBINARY -> ColumnType.varbinary(1 + random.nextInt(64));
      case DECIMAL -> {
        int p = 1 + random.nextInt(30);
        yield ColumnType.decimal(p, random.nextInt(p + 1));
      }
      case TIME -> ColumnType.time(random.nextInt(7));
      case TIME_TZ -> ColumnType.timeTz(random.nextInt(7));
      case TIMESTAMP -> ColumnType.timestamp(random.nextInt(7));
      case TIMESTAMP_TZ -> ColumnType.timestampTz(random.nextInt(7));
      case CUSTOM -> ColumnType.custom(dialect.equals("postgresql")
          ? pick(List.of("jsonb", "integer[]", "text", "int8", "inet"))
          : pick(List.of("JSON", "TEXT", "INT8", "DATETIME")));
      default -> ColumnType.of(kind);
    };
  }

  /** A default the column's type accepts, or null. */
  String defaultFor(ColumnType type) {
    if (random.nextInt(3) == 0) {
      return null;
    }
    return switch (type.kind()) {
      case BOOLEAN -> pick(List.of("true", "FALSE"));
      case TINYINT, SMALLINT, INTEGER, BIGINT -> pick(List.of("0", "-5", "42"));
      case REAL, DOUBLE -> pick(List.of("1.5", "-2.25"));
      case DECIMAL -> "0";
      case CHAR -> "'a'";
      case VARCHAR -> pick(List.of("'x'", "'it''s'", "''"));
      case DATE -> "'2026-01-02'";
      case TIME -> "'10:00:00'";
      case TIMESTAMP, TIMESTAMP_TZ -> "CURRENT_TIMESTAMP";
      case UUID -> "'123e4567-e89b-12d3-a456-426614174000'";
      default -> null;
    };
  }

  /** {@code count} tables; later ones may reference earlier ones. */
  List<Table> tables(int count) {
    List<Table> out = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      String name = pick(List.of(NAMES)) + " t" + t;
      Table.Builder b = Table.named(name);
      List<String> columns = new ArrayList<>();
      boolean identity = random.nextBoolean();
      if (identity) {
        b.column(Column.of("id", pick(List.of(ColumnType.INTEGER, ColumnType.BIGINT))).asIdentity());
        b.primaryKey(new PrimaryKey(random.nextBoolean() ? null : "pk " + name, List.of("id")));
        columns.add("id");
      }
      int n = 1 + random.nextInt(6);
      for (int i = 0; i < n; i++) {
        String col = pick(List.of(NAMES)) + " c" + i;
        ColumnType type = type();
        Column c = Column.of(col, type).defaultValue(defaultFor(type));
        if (random.nextInt(3) == 0) {
          c = c.notNull();
        }
        b.column(c);
        columns.add(col);
      }
      List<Column> plain = b.columns().stream().filter(c -> !c.identity()).toList();
      if (!identity && random.nextBoolean()) {
        Column key = plain.get(0);
        b.replaceColumn(key.notNull());
        b.primaryKey(new PrimaryKey(random.nextBoolean() ? null : "pk " + name, List.of(key.name())));
      }
      if (plain.size() > 1 && random.nextBoolean()) {
        b.unique(UniqueConstraint.of("uq " + name, plain.get(1).name()));
      }
      if (random.nextBoolean()) {
        Column c = pick(plain);
        b.index(new Index("ix " + name, List.of(c.name()), random.nextInt(4) == 0));
      }
      if (random.nextBoolean()) {
        b.check(CheckConstraint.of("ck " + name, "\"" + plain.get(0).name().replace("\"", "\"\"")
            + "\" IS NULL OR 1 = 1"));
      }
      List<Table> referable = out.stream()
          .filter(r -> r.primaryKey() != null && r.primaryKey().columns().size() == 1).toList();
      if (!referable.isEmpty() && random.nextBoolean()) {
        Table r = pick(referable);
        Column key = r.column(r.primaryKey().columns().get(0)).orElseThrow();
        String fkColumn = "ref c" + n;
        b.column(Column.of(fkColumn, key.type()));
        b.foreignKey(ForeignKey.of("fk " + name, List.of(fkColumn), r.name(), List.of(key.name()))
            .onDelete(pick(List.of(ForeignKey.Action.values()))).onUpdate(pick(List.of(ForeignKey.Action.values()))));
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * A column of {@code t} that no key, index or constraint uses (so that altering or renaming it touches nothing
   * else), or null.
   */
  static Column freeColumn(Table t) {
    for (Column c : t.columns()) {
      String quoted = "\"" + c.name().replace("\"", "\"\"") + "\"";
      boolean used = (t.primaryKey() != null && t.primaryKey().columns().contains(c.name()))
          || t.indexes().stream().anyMatch(i -> i.columns().contains(c.name()))
          || t.uniqueConstraints().stream().anyMatch(u -> u.columns().contains(c.name()))
          || t.foreignKeys().stream().anyMatch(f -> f.columns().contains(c.name()))
          || t.checkConstraints().stream().anyMatch(k -> k.expression().contains(quoted));
      if (!used && !c.identity()) {
        return c;
      }
    }
    return null;
  }

  /** The column changed: nullability flipped and a new default. */
  Column altered(Column c) {
    return c.nullable(!c.nullable()).defaultValue(defaultFor(c.type()));
  }
}
