package dev.retort.runtime.reflect;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
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
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Describes how a live schema differs from the promised one, one line per difference, for {@code check()}
 * reports and for refusing a SQLite rebuild of a table that has drifted. Compares what it is given: pass the
 * dialect's {@code normalize(promised)}, not the promised schema itself.
 *
 * <pre>{@code
 * List<String> drift = Drift.between(dialect.normalize(promised), SchemaReader.forDialect(dialect).read(c));
 * // ["table todos: column note: found in the database, not promised", ...]
 * }</pre>
 */
public final class Drift {
  private Drift() {}

  /** Every difference between the two schemas; empty when they are equal. */
  public static List<String> between(Schema promised, Schema live) {
    List<String> out = new ArrayList<>();
    compare(out, "table ", promised.tables(), live.tables(), Table::name,
        (p, l) -> out.addAll(between(p, l)));
    compare(out, "sequence ", promised.sequences(), live.sequences(), Sequence::name, (p, l) -> {
      if (!p.equals(l)) {
        out.add("sequence " + p.name() + ": promised " + sequence(p) + ", found " + sequence(l));
      }
    });
    return out;
  }

  /** Every difference between two definitions of one table; empty when they are equal. */
  public static List<String> between(Table promised, Table live) {
    List<String> out = new ArrayList<>();
    String t = "table " + promised.name() + ": ";
    // Columns compare by name, not position: a column a downgrade restores comes back last (ADD COLUMN appends),
    // which loses nothing, and a SQLite rebuild copies by name and restores the promised order.
    compare(out, t + "column ", promised.columns(), live.columns(), Column::name, (p, l) -> column(out, t, p, l));
    if (!Objects.equals(promised.primaryKey(), live.primaryKey())) {
      out.add(t + "primary key: promised " + key(promised.primaryKey()) + ", found " + key(live.primaryKey()));
    }
    compare(out, t + "index ", promised.indexes(), live.indexes(), Index::name,
        (p, l) -> differs(out, t + "index " + p.name(), p, l, Drift::index));
    compare(out, t + "unique constraint ", promised.uniqueConstraints(), live.uniqueConstraints(),
        UniqueConstraint::name, (p, l) -> differs(out, t + "unique constraint " + p.name(), p, l,
            u -> "UNIQUE " + u.columns()));
    compare(out, t + "foreign key ", promised.foreignKeys(), live.foreignKeys(), ForeignKey::name,
        (p, l) -> differs(out, t + "foreign key " + p.name(), p, l, Drift::foreignKey));
    compare(out, t + "check constraint ", promised.checkConstraints(), live.checkConstraints(),
        CheckConstraint::name, (p, l) -> differs(out, t + "check constraint " + p.name(), p, l,
            c -> "CHECK (" + c.expression() + ")"));
    if (!Objects.equals(promised.comment(), live.comment())) {
      out.add(t + "comment: promised " + text(promised.comment()) + ", found " + text(live.comment()));
    }
    return out;
  }

  private interface Pair<T> {
    void both(T promised, T live);
  }

  private static <T> void compare(List<String> out, String what, List<T> promised, List<T> live,
      Function<T, String> name, Pair<T> both) {
    Map<String, T> p = byName(promised, name);
    Map<String, T> l = byName(live, name);
    for (Map.Entry<String, T> e : p.entrySet()) {
      T found = l.get(e.getKey());
      if (found == null) {
        out.add(what + e.getKey() + ": promised, not found in the database");
      } else {
        both.both(e.getValue(), found);
      }
    }
    for (String n : l.keySet()) {
      if (!p.containsKey(n)) {
        out.add(what + n + ": found in the database, not promised");
      }
    }
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    Map<String, T> out = new TreeMap<>();
    for (T item : items) {
      out.put(name.apply(item), item);
    }
    return out;
  }

  private static <T> void differs(List<String> out, String what, T promised, T live, Function<T, String> text) {
    if (!promised.equals(live)) {
      out.add(what + ": promised " + text.apply(promised) + ", found " + text.apply(live));
    }
  }

  private static void column(List<String> out, String t, Column p, Column l) {
    String c = t + "column " + p.name() + ": ";
    if (!p.type().equals(l.type())) {
      out.add(c + "type: promised " + p.type() + ", found " + l.type());
    }
    if (p.nullable() != l.nullable()) {
      out.add(c + "promised " + (p.nullable() ? "NULL" : "NOT NULL") + ", found " + (l.nullable() ? "NULL" : "NOT NULL"));
    }
    if (!Objects.equals(p.defaultValue(), l.defaultValue())) {
      out.add(c + "default: promised " + text(p.defaultValue()) + ", found " + text(l.defaultValue()));
    }
    if (p.identity() != l.identity()) {
      out.add(c + "promised " + (p.identity() ? "identity" : "no identity") + ", found "
          + (l.identity() ? "identity" : "no identity"));
    }
    if (!Objects.equals(p.comment(), l.comment())) {
      out.add(c + "comment: promised " + text(p.comment()) + ", found " + text(l.comment()));
    }
  }

  private static String text(String s) {
    return s == null ? "none" : s;
  }

  private static String key(PrimaryKey k) {
    return k == null ? "none" : (k.name() == null ? "" : k.name() + " ") + k.columns();
  }

  private static String index(Index i) {
    return (i.unique() ? "UNIQUE " : "") + i.columns();
  }

  private static String foreignKey(ForeignKey f) {
    return f.columns() + " -> " + f.referencedTable() + " " + f.referencedColumns()
        + " ON DELETE " + f.onDelete().sql() + " ON UPDATE " + f.onUpdate().sql();
  }

  private static String sequence(Sequence s) {
    return "START " + s.start() + " INCREMENT " + s.increment();
  }
}
