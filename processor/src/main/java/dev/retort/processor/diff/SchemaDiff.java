package dev.retort.processor.diff;

import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.Op;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SchemaReplay;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides the operations that turn one schema into another; pure, never reads elements or files.
 *
 * <p>The upgrade runs in phases so that every step is valid on the schema the previous steps left: renames (from
 * {@link Hints}); foreign keys, constraints, indexes and primary keys that change or go; dropped tables (referencing
 * tables first); sequences; created tables (referenced tables first, a cycle closed by foreign keys added at the
 * end); added, altered and dropped columns; then new primary keys, constraints, indexes and foreign keys. Each step
 * is replayed with {@link SchemaReplay} as it is emitted, so an invalid order fails here, in the compiler, rather
 * than in the database. The downgrade is the reverse of each operation, in reverse order (Alembic's
 * {@code reverse_into}).
 */
public final class SchemaDiff {
  private final List<Op> upgrade = new ArrayList<>();
  private final Schema target;
  private Schema current;

  private SchemaDiff(Schema old, Schema target) {
    this.current = old;
    this.target = target;
  }

  /** The difference between {@code old} and {@code target}, with renames taken from {@code hints}. */
  public static DiffResult diff(Schema old, Schema target, Hints hints) {
    if (old.equals(target)) {
      return new DiffResult(List.of(), List.of(), old, List.of()); // the usual compile: the model did not change
    }
    SchemaDiff d = new SchemaDiff(old, target);
    List<DiffResult.RenameFinding> findings = d.run(hints);
    List<Op> down = new ArrayList<>();
    for (int i = d.upgrade.size() - 1; i >= 0; i--) {
      down.add(d.upgrade.get(i).reverse());
    }
    return new DiffResult(d.upgrade, down, d.current, findings);
  }

  private void emit(Op op) {
    current = SchemaReplay.apply(current, op);
    upgrade.add(op);
  }

  private Table cur(String name) {
    return current.table(name).orElseThrow();
  }

  private Table tgt(String name) {
    return target.table(name).orElseThrow();
  }

  private List<DiffResult.RenameFinding> run(Hints hints) {
    renames(hints);
    Set<String> dropped = new TreeSet<>();
    Set<String> created = new TreeSet<>();
    Set<String> common = new TreeSet<>();
    for (Table t : current.tables()) {
      (target.table(t.name()).isPresent() ? common : dropped).add(t.name());
    }
    for (Table t : target.tables()) {
      if (current.table(t.name()).isEmpty()) {
        created.add(t.name());
      }
    }
    List<DiffResult.RenameFinding> findings = findings(dropped, created, common, hints);
    Set<String> retyped = retypedColumns(common);
    Set<String> rekeyed = new HashSet<>();
    for (String t : common) {
      if (!Objects.equals(cur(t).primaryKey(), tgt(t).primaryKey())) {
        rekeyed.add(t);
      }
    }
    dropForeignKeys(common, dropped, retyped, rekeyed);
    for (String t : common) {
      dropConstraints(t, rekeyed.contains(t));
    }
    dropTables(dropped);
    sequences();
    List<Op> deferred = new ArrayList<>();
    createTables(created, rekeyed, deferred);
    for (String t : common) {
      columns(t);
    }
    for (String t : common) {
      addConstraints(t, rekeyed.contains(t));
    }
    for (String t : common) {
      for (ForeignKey fk : tgt(t).foreignKeys()) {
        if (!cur(t).foreignKeys().contains(fk)) {
          emit(new AddForeignKey(t, fk));
        }
      }
    }
    deferred.forEach(this::emit);
    return findings;
  }

  private void renames(Hints hints) {
    for (Map.Entry<String, String> e : new TreeMap<>(hints.tables()).entrySet()) {
      String to = e.getKey();
      String from = e.getValue();
      if (!from.equals(to) && current.table(from).isPresent() && current.table(to).isEmpty()
          && target.table(to).isPresent() && target.table(from).isEmpty()) {
        emit(new RenameTable(from, to));
      }
    }
    for (Map.Entry<String, Map<String, String>> e : new TreeMap<>(hints.columns()).entrySet()) {
      String table = e.getKey();
      if (current.table(table).isEmpty() || target.table(table).isEmpty()) {
        continue;
      }
      for (Map.Entry<String, String> c : new TreeMap<>(e.getValue()).entrySet()) {
        String to = c.getKey();
        String from = c.getValue();
        Table cur = cur(table);
        Table tgt = tgt(table);
        if (!from.equals(to) && cur.column(from).isPresent() && cur.column(to).isEmpty()
            && tgt.column(to).isPresent() && tgt.column(from).isEmpty()) {
          // A check's expression is text naming the column: drop it before the rename (the target's check is
          // added after), so that the derived downgrade re-adds the old check only once the old name is back.
          for (CheckConstraint check : cur.checkConstraints()) {
            if (mentions(check.expression(), from)) {
              emit(new DropCheckConstraint(table, check));
            }
          }
          emit(new RenameColumn(table, from, to));
        }
      }
    }
  }

  /** Whether an SQL expression names the column, bare or double-quoted. */
  private static boolean mentions(String expression, String column) {
    return java.util.regex.Pattern.compile("(?<![\\w\"])\"?" + java.util.regex.Pattern.quote(column) + "\"?(?![\\w\"])")
        .matcher(expression).find();
  }

  private List<DiffResult.RenameFinding> findings(Set<String> dropped, Set<String> created, Set<String> common,
      Hints hints) {
    List<DiffResult.RenameFinding> out = new ArrayList<>();
    Set<String> pairedTables = new HashSet<>();
    for (String d : dropped) {
      for (String c : created) {
        if (!pairedTables.contains(c) && shape(cur(d)).equals(shape(tgt(c)))) {
          pairedTables.add(c);
          out.add(new DiffResult.RenameFinding(c, d, null));
          break;
        }
      }
    }
    for (String t : common) {
      Table cur = cur(t);
      Table tgt = tgt(t);
      List<Column> added = tgt.columns().stream().filter(c -> cur.column(c.name()).isEmpty()).toList();
      Set<String> paired = new HashSet<>();
      for (Column d : cur.columns()) {
        if (tgt.column(d.name()).isPresent()) {
          continue;
        }
        for (Column a : added) {
          if (!paired.contains(a.name()) && a.type().equals(d.type()) && hints.previousColumn(t, a.name()) == null) {
            paired.add(a.name());
            out.add(new DiffResult.RenameFinding(t, d.name(), a.name()));
            break;
          }
        }
      }
    }
    return out;
  }

  private static Set<String> shape(Table t) {
    Set<String> s = new TreeSet<>();
    t.columns().forEach(c -> s.add(c.name() + ":" + c.type()));
    return s;
  }

  /** {@code table.column} of every kept column whose type changes. */
  private Set<String> retypedColumns(Set<String> common) {
    Set<String> out = new HashSet<>();
    for (String t : common) {
      for (Column c : cur(t).columns()) {
        Optional<Column> n = tgt(t).column(c.name());
        if (n.isPresent() && !n.get().type().equals(c.type())) {
          out.add(t + "." + c.name());
        }
      }
    }
    return out;
  }

  private void dropForeignKeys(Set<String> common, Set<String> dropped, Set<String> retyped, Set<String> rekeyed) {
    for (String t : common) {
      for (ForeignKey fk : cur(t).foreignKeys()) {
        Optional<ForeignKey> n = tgt(t).foreignKeys().stream().filter(x -> x.name().equals(fk.name())).findFirst();
        boolean touched = dropped.contains(fk.referencedTable()) || rekeyed.contains(fk.referencedTable())
            || fk.columns().stream().anyMatch(c -> retyped.contains(t + "." + c))
            || fk.referencedColumns().stream().anyMatch(c -> retyped.contains(fk.referencedTable() + "." + c));
        if (n.isEmpty() || !n.get().equals(fk) || touched) {
          emit(new DropForeignKey(t, fk));
        }
      }
    }
  }

  private void dropConstraints(String t, boolean rekeyed) {
    Table cur = cur(t);
    Table tgt = tgt(t);
    for (Index i : cur.indexes()) {
      if (!tgt.indexes().contains(i)) {
        emit(new DropIndex(t, i, false));
      }
    }
    for (UniqueConstraint u : cur.uniqueConstraints()) {
      if (!tgt.uniqueConstraints().contains(u)) {
        emit(new DropUniqueConstraint(t, u));
      }
    }
    for (CheckConstraint c : cur.checkConstraints()) {
      if (!tgt.checkConstraints().contains(c)) {
        emit(new DropCheckConstraint(t, c));
      }
    }
    if (rekeyed && cur.primaryKey() != null) {
      emit(new DropPrimaryKey(t, cur.primaryKey()));
    }
  }

  /** Drops tables, referencing tables first; a cycle is opened by dropping one table's foreign keys. */
  private void dropTables(Set<String> dropped) {
    Set<String> remaining = new TreeSet<>(dropped);
    while (!remaining.isEmpty()) {
      String next = null;
      for (String t : remaining) {
        boolean referenced = false;
        for (String other : remaining) {
          if (!other.equals(t) && cur(other).foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(t))) {
            referenced = true;
            break;
          }
        }
        if (!referenced) {
          next = t;
          break;
        }
      }
      if (next == null) {
        String t = remaining.iterator().next();
        for (ForeignKey fk : cur(t).foreignKeys()) {
          if (!fk.referencedTable().equals(t)) {
            emit(new DropForeignKey(t, fk));
          }
        }
        continue;
      }
      emit(new DropTable(cur(next)));
      remaining.remove(next);
    }
  }

  private void sequences() {
    for (Sequence s : current.sequences()) {
      Optional<Sequence> n = target.sequence(s.name());
      if (n.isEmpty() || !n.get().equals(s)) {
        emit(new DropSequence(s));
      }
    }
    for (Sequence s : target.sequences()) {
      if (current.sequence(s.name()).isEmpty()) {
        emit(new CreateSequence(s));
      }
    }
  }

  /**
   * Creates tables, referenced tables first. A foreign key to a table not created yet (a cycle) or to a table whose
   * primary key is about to change is left out of the create and added at the end.
   */
  private void createTables(Set<String> created, Set<String> rekeyed, List<Op> deferred) {
    Set<String> remaining = new TreeSet<>(created);
    while (!remaining.isEmpty()) {
      String next = null;
      for (String t : remaining) {
        boolean waits = tgt(t).foreignKeys().stream()
            .anyMatch(f -> !f.referencedTable().equals(t) && remaining.contains(f.referencedTable()));
        if (!waits) {
          next = t;
          break;
        }
      }
      if (next == null) {
        next = remaining.iterator().next();
      }
      Table t = tgt(next);
      Table.Builder b = t.toBuilder();
      String name = next;
      b.foreignKeys().removeIf(f -> {
        boolean later = (!f.referencedTable().equals(name) && remaining.contains(f.referencedTable()))
            || rekeyed.contains(f.referencedTable());
        if (later) {
          deferred.add(new AddForeignKey(name, f));
        }
        return later;
      });
      emit(new CreateTable(b.build()));
      remaining.remove(next);
    }
  }

  private void columns(String t) {
    Table tgt = tgt(t);
    for (Column c : tgt.columns()) {
      if (cur(t).column(c.name()).isEmpty()) {
        emit(new AddColumn(t, c));
      }
    }
    for (Column c : tgt.columns()) {
      Column was = cur(t).column(c.name()).orElseThrow();
      if (!was.equals(c)) {
        emit(new AlterColumn(t, was, c));
      }
    }
    for (Column c : new ArrayList<>(cur(t).columns())) {
      if (tgt.column(c.name()).isEmpty()) {
        emit(new DropColumn(t, c));
      }
    }
  }

  private void addConstraints(String t, boolean rekeyed) {
    Table tgt = tgt(t);
    if ((rekeyed || cur(t).primaryKey() == null) && tgt.primaryKey() != null && cur(t).primaryKey() == null) {
      emit(new AddPrimaryKey(t, tgt.primaryKey()));
    }
    for (UniqueConstraint u : tgt.uniqueConstraints()) {
      if (!cur(t).uniqueConstraints().contains(u)) {
        emit(new AddUniqueConstraint(t, u));
      }
    }
    for (CheckConstraint c : tgt.checkConstraints()) {
      if (!cur(t).checkConstraints().contains(c)) {
        emit(new AddCheckConstraint(t, c));
      }
    }
    for (Index i : tgt.indexes()) {
      if (!cur(t).indexes().contains(i)) {
        emit(new CreateIndex(t, i, false));
      }
    }
  }
}
