package dev.retort.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.Execute;
import dev.retort.ops.Op;
import dev.retort.ops.RenameColumn;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Sequence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact text of single rendered operations (type names appear fully qualified outside a file). */
class OpRendererTest {
  private static String render(Op op) {
    return op.accept(new OpRenderer()).toString();
  }

  @Test
  void addColumnWithEveryColumnOption() {
    assertEquals("ops.addColumn(\"todos\", dev.retort.schema.Column.of(\"done\", dev.retort.schema.ColumnType.BOOLEAN)"
        + ".notNull().defaultValue(\"false\").comment(\"finished?\"))",
        render(new AddColumn("todos", Column.of("done", ColumnType.BOOLEAN).notNull().defaultValue("false")
            .comment("finished?"))));
  }

  @Test
  void typesUseTheirFactories() {
    assertEquals("dev.retort.schema.ColumnType.decimal(10, 2)", OpRenderer.type(ColumnType.decimal(10, 2)).toString());
    assertEquals("dev.retort.schema.ColumnType.timestampTz(6)",
        OpRenderer.type(ColumnType.timestampTz(6)).toString());
    assertEquals("dev.retort.schema.ColumnType.custom(\"jsonb\")", OpRenderer.type(ColumnType.custom("jsonb"))
        .toString());
    assertEquals("dev.retort.schema.ColumnType.UUID", OpRenderer.type(ColumnType.UUID).toString());
  }

  @Test
  void keysIndexesAndSequences() {
    assertEquals("ops.addPrimaryKey(\"t\", new dev.retort.schema.PrimaryKey(\"pk_t\", java.util.List.of(\"a\", \"b\")))",
        render(new AddPrimaryKey("t", new PrimaryKey("pk_t", List.of("a", "b")))));
    assertEquals("ops.createIndex(\"t\", dev.retort.schema.Index.of(\"ux_t_a\", \"a\").asUnique())",
        render(new CreateIndex("t", Index.of("ux_t_a", "a").asUnique(), false)));
    assertEquals("ops.createIndexConcurrently(\"t\", dev.retort.schema.Index.of(\"ix_t_a\", \"a\"))",
        render(new CreateIndex("t", Index.of("ix_t_a", "a"), true)));
    assertEquals("ops.addForeignKey(\"t\", dev.retort.schema.ForeignKey.of(\"fk\", java.util.List.of(\"u_id\"), \"u\","
        + " java.util.List.of(\"id\")).onDelete(dev.retort.schema.ForeignKey.Action.SET_NULL))",
        render(new AddForeignKey("t", ForeignKey.of("fk", List.of("u_id"), "u", List.of("id"))
            .onDelete(ForeignKey.Action.SET_NULL))));
    assertEquals("ops.createSequence(dev.retort.schema.Sequence.of(\"s\", 1, 5000000000L))",
        render(new CreateSequence(Sequence.of("s", 1, 5_000_000_000L))));
    assertEquals("ops.renameColumn(\"t\", \"a\", \"b\")", render(new RenameColumn("t", "a", "b")));
    assertEquals("ops.execute(\"select 1\")", render(new Execute("select 1", Map.of())));
  }
}
