package dev.retort.reliability;

import dev.retort.ops.Migration;
import dev.retort.ops.Op;
import dev.retort.ops.Ops;
import dev.retort.ops.SchemaReplay;
import dev.retort.runtime.RevisionCatalog;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.RevisionIndex;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Revision chains built in code, ids {@code r001}, {@code r002}, ...: each revision also inserts its id into the
 * {@code canary} table, so a count of canary rows is a count of applications.
 *
 * <ul>
 *   <li>{@link #canary(int)}: revision 1 creates {@code canary}; every revision inserts one row (the 200-revision
 *       chain the concurrency tests race over).
 *   <li>{@link #schema(int)}: a realistic chain cycling through create table with rows, add column and index,
 *       foreign key or unique constraint, widen a column with a backfill, rename a column with raw SQL: on
 *       SQLite, the foreign key and the widening are table rebuilds.
 * </ul>
 *
 * <p>Every downgrade deletes the revision's canary row and reverses its schema operations, so any prefix of a
 * chain can be reached both ways.
 */
final class Fixture {
  private Fixture() {}

  static String id(int i) {
    return String.format("r%03d", i);
  }

  /** A chain of {@code n} revisions; revision {@code i} (1-based) records {@code body.apply(i)} and its canary row. */
  static List<RevisionDescriptor> chain(int n, java.util.function.IntFunction<Consumer<Ops>> body) {
    List<RevisionDescriptor> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String id = id(i);
      Consumer<Ops> work = body.apply(i);
      boolean first = i == 1;
      out.add(new RevisionDescriptor(id, first ? List.of() : List.of(id(i - 1)), "fixture revision " + i,
          () -> new ChainRevision(id, first, work)));
    }
    return out;
  }

  static List<RevisionDescriptor> canary(int n) {
    return chain(n, i -> ops -> { });
  }

  static List<RevisionDescriptor> schema(int n) {
    return chain(n, Fixture::schemaStepOf);
  }

  static RevisionCatalog catalog(List<RevisionDescriptor> revisions) {
    return () -> revisions;
  }

  /** The schema the first {@code applied} revisions promise. */
  static Schema promised(List<RevisionDescriptor> revisions, int applied) {
    RevisionIndex index = RevisionIndex.of(revisions);
    Schema schema = Schema.EMPTY;
    for (int i = 1; i <= applied; i++) {
      for (Op op : index.recorded(id(i)).upgrade()) {
        schema = SchemaReplay.apply(schema, op);
      }
    }
    return schema;
  }

  /** The schema all the given revisions promise, in graph order. */
  static Schema promisedOf(List<RevisionDescriptor> revisions) {
    RevisionIndex index = RevisionIndex.of(revisions);
    Schema schema = Schema.EMPTY;
    for (String id : index.graph().order()) {
      for (Op op : index.recorded(id).upgrade()) {
        schema = SchemaReplay.apply(schema, op);
      }
    }
    return schema;
  }

  static String table(int group) {
    return "t" + group;
  }

  /** The work of revision {@code i} of {@link #schema}. */
  static Consumer<Ops> schemaStepOf(int i) {
    int group = (i - 1) / 5;
    String t = table(group);
    Column note20 = Column.of("note", ColumnType.varchar(20));
    Column note40 = Column.of("note", ColumnType.varchar(40));
    return switch ((i - 1) % 5) {
      case 0 -> ops -> {
        ops.createTable(Table.named(t)
            .column(Column.of("id", ColumnType.BIGINT).notNull())
            .column(Column.of("name", ColumnType.varchar(50)).notNull().defaultValue("'none'"))
            .column(Column.of("parent_id", ColumnType.BIGINT))
            .primaryKey("id")
            .build());
        ops.insertRows(t, List.of("id", "name"), List.of(Ops.row(1L, "one"), Ops.row(2L, "two"), Ops.row(3L, "three")));
      };
      case 1 -> ops -> {
        ops.addColumn(t, note20);
        ops.createIndex(t, Index.of("ix_" + t + "_name", "name"));
      };
      case 2 -> group == 0
          ? ops -> ops.addUniqueConstraint(t, UniqueConstraint.of("uq_" + t + "_name", "name"))
          : ops -> ops.addForeignKey(t, ForeignKey.of("fk_" + t + "_parent", List.of("parent_id"),
              table(group - 1), List.of("id")));
      case 3 -> ops -> {
        ops.alterColumn(t, note20, note40);
        ops.updateRows(t, Map.of("note", "backfilled"), "id = ?", 1L);
      };
      default -> ops -> {
        ops.renameColumn(t, "note", "remark");
        ops.execute("UPDATE " + t + " SET name = name || ''");
      };
    };
  }

  /** One fixture revision: creates the canary table first if it is revision 1, then its work, then its canary row. */
  static final class ChainRevision implements Migration {
    private final String id;
    private final boolean first;
    private final Consumer<Ops> work;

    ChainRevision(String id, boolean first, Consumer<Ops> work) {
      this.id = id;
      this.first = first;
      this.work = work;
    }

    @Override
    public void upgrade(Ops ops) {
      if (first) {
        ops.createTable(Table.named("canary").column(Column.of("rev", ColumnType.varchar(20)).notNull()).build());
      }
      work.accept(ops);
      ops.insertRows("canary", List.of("rev"), List.of(Ops.row(id)));
    }

    @Override
    public void downgrade(Ops ops) {
      Ops recorded = new Ops();
      work.accept(recorded);
      ops.execute("DELETE FROM canary WHERE rev = '" + id + "'");
      List<Op> forward = recorded.recorded();
      for (int k = forward.size() - 1; k >= 0; k--) {
        if (forward.get(k).reversible()) {
          ops.add(forward.get(k).reverse());
        }
      }
      if (first) {
        ops.dropTable(Table.named("canary").column(Column.of("rev", ColumnType.varchar(20)).notNull()).build());
      }
    }
  }
}
