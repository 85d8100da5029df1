package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
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

  @Test
  void aTableCreatedInTheSameRunIsCheckedAgainAfterARevisionRanItsOwnSql() throws Exception {
    Retort r = RetortBuilderAccess.configure(db).revisions(SchemaRevisions.S1.class, SchemaRevisions.Raw1.class,
        SchemaRevisions.Raw2.class).load();
    SchemaDriftException e = assertThrows(SchemaDriftException.class, () -> r.upgrade("head"));
    assertTrue(e.getMessage().contains("table todos: column notes: found in the database, not promised"),
        e.getMessage());
    assertEquals(List.of("raw1"), db.column("SELECT version_id FROM retort_version"));
    assertEquals(List.of("id", "owner_id", "title", "notes"), db.column("SELECT name FROM pragma_table_info('todos')"));
  }

  private static String pragma(Connection c, String name) throws Exception {
    try (java.sql.Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** A pool of one: every getConnection() hands out the same connection, whose close() does nothing. */
  private static DataSource poolOfOne(Connection connection) {
    Connection shared = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null;
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getConnection")) {
            return shared;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void aPooledConnectionGetsItsSettingsBackAfterAFailedRebuild() throws Exception {
    try (Connection c = db.dataSource.getConnection()) {
      DataSource pool = poolOfOne(c);
      Retort.configure().dataSource(pool).discover(false).revisions(SchemaRevisions.S1.class).load().upgrade("head");
      try (java.sql.Statement st = c.createStatement()) {
        st.execute("PRAGMA busy_timeout = 1234");
      }
      c.setAutoCommit(false);
      Retort failing = Retort.configure().dataSource(pool).discover(false)
          .revisions(SchemaRevisions.S1.class, SchemaRevisions.S2Fails.class).load();
      RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> failing.upgrade("head"));
      assertEquals("execute INSERT INTO missing_table VALUES (1)", e.operation());
      assertEquals("1", pragma(c, "foreign_keys"));
      assertEquals("1234", pragma(c, "busy_timeout"));
      assertEquals(false, c.getAutoCommit());
      c.commit();
      assertEquals(List.of("first"), db.column("SELECT title FROM todos"));
      assertEquals(List.of("s1"), db.column("SELECT version_id FROM retort_version"));
    }
  }
}
