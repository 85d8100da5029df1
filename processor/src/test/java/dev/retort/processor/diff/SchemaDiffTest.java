package dev.retort.processor.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddPrimaryKey;
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
import dev.retort.ops.Op;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact operation lists, both directions, for each kind of change. */
class SchemaDiffTest {
  private static final Column ID = Column.of("id", ColumnType.BIGINT).notNull();

  private static Schema schema(Table... tables) {
    return new Schema(List.of(tables), List.of());
  }

  private static Table.Builder table(String name) {
    return Table.named(name).column(ID).primaryKey("id");
  }

  private static ForeignKey fk(String table, String column, String target) {
    return ForeignKey.of("fk_" + table + "_" + column, List.of(column), target, List.of("id"));
  }

  @Test
  void anUnchangedModelGivesNoOperationsEvenWithItsRenameHintsStillInPlace() {
    Schema applied = schema(Table.named("accounts").column(ID)
        .column(Column.of("description", ColumnType.varchar(100))).primaryKey("id").build());
    Hints hints = new Hints(Map.of("accounts", "users"), Map.of("accounts", Map.of("description", "body")));
    DiffResult d = SchemaDiff.diff(applied, applied, hints);
    assertEquals(List.of(), d.upgrade());
    assertEquals(List.of(), d.findings());
    assertEquals(applied, d.target());
  }

  /** Asserts the upgrade, the downgrade (the reverses in reverse order) and that both replay exactly. */
  private static DiffResult assertDiff(Schema old, Schema target, Hints hints, Op... expected) {
    DiffResult d = SchemaDiff.diff(old, target, hints);
    assertEquals(List.of(expected), d.upgrade());
    List<Op> down = new ArrayList<>();
    for (int i = expected.length - 1; i >= 0; i--) {
      down.add(expected[i].reverse());
    }
    assertEquals(down, d.downgrade());
    assertEquals(d.target(), SchemaReplay.apply(old, d.upgrade()));
    assertEquals(old, SchemaReplay.apply(d.target(), d.downgrade()));
    return d;
  }

  @Test
  void noChangeNoOps() {
    Schema s = schema(table("users").build());
    assertDiff(s, s, Hints.NONE);
  }

  @Test
  void createsReferencedTablesFirst() {
    Table todos = table("a_todos").column(Column.of("owner_id", ColumnType.BIGINT))
        .foreignKey(fk("a_todos", "owner_id", "z_users")).build();
    Table users = table("z_users").build();
    assertDiff(Schema.EMPTY, schema(todos, users), Hints.NONE, new CreateTable(users), new CreateTable(todos));
  }

  @Test
  void foreignKeyCycleIsClosedAtTheEnd() {
    ForeignKey ab = fk("a", "b_id", "b");
    ForeignKey ba = fk("b", "a_id", "a");
    Table a = table("a").column(Column.of("b_id", ColumnType.BIGINT)).foreignKey(ab).build();
    Table b = table("b").column(Column.of("a_id", ColumnType.BIGINT)).foreignKey(ba).build();
    Table aWithout = table("a").column(Column.of("b_id", ColumnType.BIGINT)).build();
    assertDiff(Schema.EMPTY, schema(a, b), Hints.NONE,
        new CreateTable(aWithout), new CreateTable(b), new AddForeignKey("a", ab));
  }

  @Test
  void dropsReferencingTablesFirst() {
    Table todos = table("a_todos").column(Column.of("owner_id", ColumnType.BIGINT))
        .foreignKey(fk("a_todos", "owner_id", "z_users")).build();
    Table users = table("z_users").build();
    assertDiff(schema(todos, users), Schema.EMPTY, Hints.NONE, new DropTable(todos), new DropTable(users));
  }

  @Test
  void dropsForeignKeyAndIndexBeforeTheirColumns() {
    Table users = table("users").build();
    Column owner = Column.of("owner_id", ColumnType.BIGINT);
    Index ix = Index.of("ix_todos_owner_id", "owner_id");
    Table before = table("todos").column(owner).index(ix).foreignKey(fk("todos", "owner_id", "users")).build();
    Table after = table("todos").build();
    assertDiff(schema(users, before), schema(users, after), Hints.NONE,
        new DropForeignKey("todos", fk("todos", "owner_id", "users")), new DropIndex("todos", ix, false),
        new DropColumn("todos", owner));
  }

  @Test
  void addsColumnsThenIndexes() {
    Column deleted = Column.of("deleted_at", ColumnType.timestampTz(6));
    Index ix = Index.of("ix_todos_deleted_at", "deleted_at");
    assertDiff(schema(table("todos").build()), schema(table("todos").column(deleted).index(ix).build()), Hints.NONE,
        new AddColumn("todos", deleted), new CreateIndex("todos", ix, false));
  }

  @Test
  void altersTypeNullabilityAndDefault() {
    Column before = Column.of("title", ColumnType.varchar(200));
    Column after = Column.of("title", ColumnType.varchar(100)).notNull().defaultValue("''");
    DiffResult d = assertDiff(schema(table("todos").column(before).build()),
        schema(table("todos").column(after).build()), Hints.NONE, new AlterColumn("todos", before, after));
    assertEquals(true, d.upgrade().get(0).destructive());
  }

  @Test
  void retypingAReferencedKeyDropsAndRestoresItsForeignKeys() {
    Column intId = Column.of("id", ColumnType.INTEGER).notNull();
    Table usersBefore = Table.named("users").column(intId).primaryKey("id").build();
    Table usersAfter = table("users").build();
    ForeignKey owner = fk("todos", "owner_id", "users");
    Table todos = table("todos").column(Column.of("owner_id", ColumnType.BIGINT)).foreignKey(owner).build();
    assertDiff(schema(usersBefore, todos), schema(usersAfter, todos), Hints.NONE,
        new DropForeignKey("todos", owner), new AlterColumn("users", intId, ID), new AddForeignKey("todos", owner));
  }

  @Test
  void primaryKeyChange() {
    Column line = Column.of("line", ColumnType.INTEGER).notNull();
    Table before = table("lines").column(line).build();
    Table after = table("lines").column(line).primaryKey("id", "line").build();
    assertDiff(schema(before), schema(after), Hints.NONE,
        new DropPrimaryKey("lines", PrimaryKey.of("id")), new AddPrimaryKey("lines", PrimaryKey.of("id", "line")));
  }

  @Test
  void renamesFromHints() {
    Table users = table("users").build();
    ForeignKey before = fk("todos", "owner_id", "users");
    Table todos = table("todos").column(Column.of("body", ColumnType.CLOB)).column(Column.of("owner_id",
        ColumnType.BIGINT)).foreignKey(before).build();
    Table accounts = table("accounts").build();
    ForeignKey after = ForeignKey.of("fk_todos_owner_id", List.of("owner_id"), "accounts", List.of("id"));
    Table todos2 = table("todos").column(Column.of("description", ColumnType.CLOB)).column(Column.of("owner_id",
        ColumnType.BIGINT)).foreignKey(after).build();
    Hints hints = new Hints(Map.of("accounts", "users"), Map.of("todos", Map.of("description", "body")));
    DiffResult d = assertDiff(schema(users, todos), schema(accounts, todos2), hints,
        new RenameTable("users", "accounts"), new RenameColumn("todos", "body", "description"));
    assertEquals(List.of(), d.findings());
  }

  /**
   * Found by the evolution suite: renaming an enum column dropped the old check after the rename, so the derived
   * downgrade re-added the old check (naming the old column) before renaming it back, which both databases refuse.
   */
  @Test
  void aRenamedColumnsCheckIsDroppedBeforeTheRenameSoTheDowngradeIsValid() {
    CheckConstraint old = CheckConstraint.of("ck_todos_state", "state in ('OPEN','DONE')");
    CheckConstraint renamed = CheckConstraint.of("ck_todos_status", "status in ('OPEN','DONE')");
    Table before = table("todos").column(Column.of("state", ColumnType.varchar(255))).check(old).build();
    Table after = table("todos").column(Column.of("status", ColumnType.varchar(255))).check(renamed).build();
    Hints hints = new Hints(Map.of(), Map.of("todos", Map.of("status", "state")));
    assertDiff(schema(before), schema(after), hints,
        new DropCheckConstraint("todos", old),
        new RenameColumn("todos", "state", "status"),
        new AddCheckConstraint("todos", renamed));
  }

  @Test
  void dropAndAddOfTheSameTypeIsAFinding() {
    Table before = table("todos").column(Column.of("body", ColumnType.CLOB)).build();
    Table after = table("todos").column(Column.of("notes", ColumnType.CLOB)).build();
    DiffResult d = assertDiff(schema(before), schema(after), Hints.NONE,
        new AddColumn("todos", Column.of("notes", ColumnType.CLOB)),
        new DropColumn("todos", Column.of("body", ColumnType.CLOB)));
    assertEquals(List.of(new DiffResult.RenameFinding("todos", "body", "notes")), d.findings());
  }

  @Test
  void droppedAndCreatedTableOfTheSameShapeIsAFinding() {
    DiffResult d = assertDiff(schema(table("users").build()), schema(table("accounts").build()), Hints.NONE,
        new DropTable(table("users").build()), new CreateTable(table("accounts").build()));
    assertEquals(List.of(new DiffResult.RenameFinding("accounts", "users", null)), d.findings());
  }

  @Test
  void sequencesAreCreatedDroppedAndReplaced() {
    Sequence a = Sequence.of("a_seq", 1, 50);
    Sequence b = Sequence.of("b_seq", 1, 50);
    Sequence b10 = Sequence.of("b_seq", 1, 10);
    Sequence c = Sequence.of("c_seq", 1, 50);
    assertDiff(new Schema(List.of(), List.of(a, b)), new Schema(List.of(), List.of(b10, c)), Hints.NONE,
        new DropSequence(a), new DropSequence(b), new CreateSequence(b10), new CreateSequence(c));
  }

  @Test
  void newColumnsGoLastInTheTarget() {
    Column a = Column.of("a", ColumnType.INTEGER);
    Table target = Table.named("t").column(ID).column(a).column(Column.of("b", ColumnType.INTEGER)).primaryKey("id")
        .build();
    Table old = Table.named("t").column(ID).column(Column.of("b", ColumnType.INTEGER)).primaryKey("id").build();
    DiffResult d = assertDiff(schema(old), schema(target), Hints.NONE, new AddColumn("t", a));
    assertEquals(List.of("id", "b", "a"), d.target().tables().get(0).columnNames());
  }
}
