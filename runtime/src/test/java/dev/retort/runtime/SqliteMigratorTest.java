package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteMigratorTest extends MigratorContractTest {
  @Override
  String kind() {
    return "sqlite";
  }

  @Test
  void refusesToRebuildADriftedTable() throws Exception {
    Retort r = RetortBuilderAccess.configure(db).revisions(SchemaRevisions.S1.class, SchemaRevisions.S2.class)
        .load();
    r.upgrade("s1");
    db.execute("ALTER TABLE todos ADD COLUMN notes VARCHAR(50)");
    SchemaDriftException e = assertThrows(SchemaDriftException.class, () -> r.upgrade("head"));
    assertEquals("revision s2 would rebuild table(s) todos (to alter column todos.title), but the live table differs"
        + " from the one the revisions promise, and the rebuild would lose the difference:\n"
        + "  table todos: column notes: found in the database, not promised\n"
        + "Record the change in a revision or undo it by hand, then run again; `check` lists every difference.",
        e.getMessage());
    assertEquals(ErrorCode.SCHEMA_DRIFT, e.code());
    assertEquals(List.of("s1"), db.column("SELECT version_id FROM retort_version"));
    db.execute("ALTER TABLE todos DROP COLUMN notes");
    assertEquals(List.of("s2"), r.upgrade("head").headsAfter());
    assertEquals(List.of("first"), db.column("SELECT title FROM todos"));
  }
}
