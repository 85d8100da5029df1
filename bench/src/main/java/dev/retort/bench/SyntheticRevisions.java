package dev.retort.bench;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.runtime.RevisionCatalog;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A chain of revisions with a realistic mix, repeating every four: create a table, add a column to it, index
 * that column, add a foreign key from it to the table before it. Like the generated index, it returns its heads
 * as a constant.
 */
final class SyntheticRevisions implements RevisionCatalog {
  private final List<RevisionDescriptor> revisions = new ArrayList<>();
  private final List<String> heads;

  SyntheticRevisions(int count) {
    String parent = null;
    for (int i = 0; i < count; i++) {
      String id = String.format("r%05d", i);
      Migration m = migration(i);
      revisions.add(new RevisionDescriptor(id, parent == null ? List.of() : List.of(parent), "step " + i, () -> m));
      parent = id;
    }
    heads = parent == null ? List.of() : List.of(parent);
  }

  String head() {
    return revisions.get(revisions.size() - 1).id();
  }

  @Override
  public List<RevisionDescriptor> revisions() {
    return revisions;
  }

  @Override
  public List<String> heads() {
    return heads;
  }

  private static Migration migration(int i) {
    int group = i / 4;
    String table = "t" + group;
    Column ref = Column.of("ref_id", ColumnType.BIGINT);
    Index index = Index.of("ix_" + table + "_ref", "ref_id");
    ForeignKey fk = ForeignKey.of("fk_" + table + "_ref", List.of("ref_id"), "t" + (group - 1), List.of("id"));
    return new Migration() {
      @Override
      public void upgrade(Ops ops) {
        switch (i % 4) {
          case 0 -> ops.createTable(Table.named(table)
              .column(Column.of("id", ColumnType.BIGINT).notNull())
              .column(Column.of("name", ColumnType.varchar(100)).notNull())
              .column(Column.of("created_at", ColumnType.timestampTz(6)))
              .primaryKey("id")
              .build());
          case 1 -> ops.addColumn(table, ref);
          case 2 -> ops.createIndex(table, index);
          default -> {
            if (group > 0) {
              ops.addForeignKey(table, fk);
            } else {
              ops.execute("UPDATE t0 SET name = name WHERE 1 = 0");
            }
          }
        }
      }

      @Override
      public void downgrade(Ops ops) {
        switch (i % 4) {
          case 0 -> ops.dropTable(Table.named(table)
              .column(Column.of("id", ColumnType.BIGINT).notNull())
              .column(Column.of("name", ColumnType.varchar(100)).notNull())
              .column(Column.of("created_at", ColumnType.timestampTz(6)))
              .primaryKey("id")
              .build());
          case 1 -> ops.dropColumn(table, ref);
          case 2 -> ops.dropIndex(table, index);
          default -> {
            if (group > 0) {
              ops.dropForeignKey(table, fk);
            }
          }
        }
      }
    };
  }
}
