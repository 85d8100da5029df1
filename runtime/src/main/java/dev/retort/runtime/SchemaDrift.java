package dev.retort.runtime;

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
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Lists the differences between the schema the revisions promise and the one a live database has, one readable
 * line each: what {@code check} reports, and what a SQLite rebuild refuses to lose. Pure: it compares two
 * {@link Schema} values; reflecting the live one and normalizing the promised one happen elsewhere.
 */
public final class SchemaDrift {
  private SchemaDrift() {}

  /** Every difference, tables in name order, then sequences. */
  public static List<String> between(Schema promised, Schema live) {
    List<String> out = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>();
    promised.tables().forEach(t -> names.add(t.name()));
    live.tables().forEach(t -> names.add(t.name()));
    for (String name : names) {
      Table p = promised.table(name).orElse(null);
      Table l = live.table(name).orElse(null);
      if (l == null) {
        out.add("table " + name + " is missing from the database");
      } else if (p == null) {
        out.add("table " + name + " is in the database but in no revision");
      } else {
        out.addAll(table(p, l));
      }
    }
    named(out, "sequence", null, promised.sequences(), live.sequences(), Sequence::name,
        s -> "start " + s.start() + " increment " + s.increment());
    return out;
  }

  /** The differences of one table present on both sides. */
  public static List<String> table(Table promised, Table live) {
    List<String> out = new ArrayList<>();
    String t = promised.name();
    named(out, "column", t, promised.columns(), live.columns(), Column::name, SchemaDrift::describe);
    if (!Objects.equals(promised.primaryKey(), live.primaryKey())) {
      out.add("primary key of " + t + ": revisions promise " + describe(promised.primaryKey()) + ", the database has "
          + describe(live.primaryKey()));
    }
    named(out, "index", t, promised.indexes(), live.indexes(), Index::name,
        i -> (i.unique() ? "unique " : "") + "(" + String.join(", ", i.columns()) + ")");
    named(out, "unique constraint", t, promised.uniqueConstraints(), live.uniqueConstraints(),
        UniqueConstraint::name, u -> "(" + String.join(", ", u.columns()) + ")");
    named(out, "foreign key", t, promised.foreignKeys(), live.foreignKeys(), ForeignKey::name,
        f -> "(" + String.join(", ", f.columns()) + ") -> " + f.referencedTable() + " ("
            + String.join(", ", f.referencedColumns()) + ") on delete " + f.onDelete() + " on update " + f.onUpdate());
    named(out, "check constraint", t, promised.checkConstraints(), live.checkConstraints(), CheckConstraint::name,
        CheckConstraint::expression);
    if (!Objects.equals(promised.comment(), live.comment())) {
      out.add("comment of table " + t + ": revisions promise " + quoted(promised.comment()) + ", the database has "
          + quoted(live.comment()));
    }
    return out;
  }

  private static <T> void named(List<String> out, String what, String table, List<T> promised, List<T> live,
      Function<T, String> name, Function<T, String> describe) {
    Map<String, T> p = new TreeMap<>();
    promised.forEach(x -> p.put(name.apply(x), x));
    Map<String, T> l = new TreeMap<>();
    live.forEach(x -> l.put(name.apply(x), x));
    TreeSet<String> names = new TreeSet<>(p.keySet());
    names.addAll(l.keySet());
    for (String n : names) {
      String label = what + " " + (table == null ? n : table + "." + n);
      T a = p.get(n);
      T b = l.get(n);
      if (b == null) {
        out.add(label + " is missing from the database");
      } else if (a == null) {
        out.add(label + " is in the database but in no revision: " + describe.apply(b));
      } else if (!a.equals(b)) {
        out.add(label + ": revisions promise " + describe.apply(a) + ", the database has " + describe.apply(b));
      }
    }
  }

  private static String describe(Column c) {
    return c.type() + (c.nullable() ? " NULL" : " NOT NULL") + (c.defaultValue() == null ? ""
        : " DEFAULT " + c.defaultValue()) + (c.identity() ? " IDENTITY" : "")
        + (c.comment() == null ? "" : " COMMENT " + quoted(c.comment()));
  }

  private static String describe(PrimaryKey k) {
    return k == null ? "none" : (k.name() == null ? "" : k.name() + " ") + "(" + String.join(", ", k.columns()) + ")";
  }

  private static String quoted(String s) {
    return s == null ? "none" : "'" + s + "'";
  }
}
