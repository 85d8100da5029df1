package dev.retort.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaReplayTest {
  private static final Table USERS = Table.named("users")
      .column(Column.of("id", ColumnType.BIGINT).asIdentity())
      .column(Column.of("email", ColumnType.varchar(200)).notNull())
      .primaryKey("id")
      .build();
  private static final Table TASKS = Table.named("todos")
      .column(Column.of("id", ColumnType.BIGINT).asIdentity())
      .column(Column.of("owner_id", ColumnType.BIGINT).notNull())
      .primaryKey("id")
      .index(Index.of("ix_todos_owner_id", "owner_id"))
      .foreignKey(ForeignKey.of("fk_todos_owner_id", List.of("owner_id"), "users", List.of("id"))
          .onDelete(ForeignKey.Action.CASCADE))
      .build();

  private static List<Op> upgrade() {
    Ops ops = new Ops();
    ops.createTable(USERS);
    ops.createTable(TASKS);
    ops.addColumn("todos", Column.of("title", ColumnType.varchar(100)).notNull().defaultValue("''"));
    ops.alterColumn("todos", Column.of("title", ColumnType.varchar(100)).notNull().defaultValue("''"),
        Column.of("title", ColumnType.varchar(300)).notNull().defaultValue("''"));
    ops.renameColumn("users", "id", "user_id");
    ops.renameTable("users", "people");
    return ops.recorded();
  }

  private static List<Op> downgradeOf(List<Op> ops) {
    List<Op> reversed = new ArrayList<>();
    for (Op op : ops) {
      reversed.add(op.reverse());
    }
    Collections.reverse(reversed);
    return reversed;
  }

  @Test
  void upgradeThenReversedOpsReturnsToEmpty() {
    Schema after = SchemaReplay.apply(Schema.EMPTY, upgrade());
    Table todos = after.table("todos").orElseThrow();
    assertEquals(ColumnType.varchar(300), todos.column("title").orElseThrow().type());
    assertEquals("people", todos.foreignKeys().get(0).referencedTable());
    assertEquals(List.of("user_id"), todos.foreignKeys().get(0).referencedColumns());
    assertEquals(List.of("user_id"), after.table("people").orElseThrow().primaryKey().columns());
    assertEquals(Schema.EMPTY, SchemaReplay.apply(after, downgradeOf(upgrade())));
  }

  @Test
  void refusesOpsThatDoNotFit() {
    Schema s = SchemaReplay.apply(Schema.EMPTY, List.of(new CreateTable(USERS), new CreateTable(TASKS)));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SchemaReplay.apply(s, new DropTable(USERS)));
    assertEquals("drop table users: foreign key fk_todos_owner_id of table todos still references it", e.getMessage());
    e = assertThrows(IllegalStateException.class,
        () -> SchemaReplay.apply(s, new DropColumn("todos", TASKS.column("owner_id").orElseThrow())));
    assertEquals("drop column todos.owner_id: still used by index ix_todos_owner_id, foreign key fk_todos_owner_id;"
        + " drop those first", e.getMessage());
  }

  @Test
  void canonicalTextIsStableAndComplete() {
    String text = OpText.canonical(List.of(new AddColumn("t", Column.of("a\"b", ColumnType.decimal(5, 2)))));
    assertEquals("AddColumn(table=\"t\",column=Column(name=\"a\\\"b\",type=ColumnType(kind=DECIMAL,length=Integer:0,"
        + "precision=Integer:5,scale=Integer:2,definition=null),nullable=Boolean:true,defaultValue=null,"
        + "identity=Boolean:false,comment=null))\n", text);
  }
}
