package dev.retort.runtime.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.runtime.dialect.Statement;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JdbcSinkTest {
  private static final List<JdbcSink.SessionSetting> SQLITE_SETTINGS =
      List.of(new JdbcSink.SessionSetting("PRAGMA foreign_keys", "PRAGMA foreign_keys = %s"));

  private static final JdbcSink.TransactionStart IMMEDIATE = c -> {
    try (java.sql.Statement st = c.createStatement()) {
      st.execute("BEGIN IMMEDIATE");
    }
  };

  private static SqlStep step(Statement.Kind kind, String sql) {
    return new SqlStep(Statement.of(kind, sql), "test " + sql);
  }

  private static SqlBatch batch(List<SqlStep> work) {
    return new SqlBatch("test", work, took -> List.of(), true, null);
  }

  private static String query(Connection c, String sql) throws Exception {
    try (java.sql.Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  @Test
  void restoresForeignKeysAndAutocommitEvenAfterAFailure() throws Exception {
    try (TestDatabase db = TestDatabases.sqlite(); Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      assertEquals("1", query(c, "PRAGMA foreign_keys"));
      c.commit();
      StatementFailedException e;
      try (JdbcSink sink = JdbcSink.open(c, IMMEDIATE, SQLITE_SETTINGS)) {
        e = assertThrows(StatementFailedException.class, () -> sink.run(batch(List.of(
            step(Statement.Kind.BEFORE_TRANSACTION, "PRAGMA foreign_keys = OFF"),
            step(Statement.Kind.TRANSACTIONAL, "CREATE TABLE t (id INTEGER)"),
            step(Statement.Kind.TRANSACTIONAL, "INSERT INTO nowhere VALUES (1)")))));
        assertEquals("0", query(c, "PRAGMA foreign_keys"));
      }
      assertEquals("test INSERT INTO nowhere VALUES (1)", e.step().operation());
      assertEquals("1", query(c, "PRAGMA foreign_keys"));
      assertFalse(c.getAutoCommit());
      assertNull(query(c, "SELECT name FROM sqlite_master WHERE name = 't'"));
    }
  }

  @Test
  void anAssertEmptyQueryFailsWithItsRowsAndAfterStatementsAlwaysRun() throws Exception {
    try (TestDatabase db = TestDatabases.sqlite(); Connection c = db.dataSource().getConnection();
        JdbcSink sink = JdbcSink.open(c, IMMEDIATE, SQLITE_SETTINGS)) {
      StatementFailedException e = assertThrows(StatementFailedException.class, () -> sink.run(batch(List.of(
          step(Statement.Kind.BEFORE_TRANSACTION, "PRAGMA foreign_keys = OFF"),
          step(Statement.Kind.TRANSACTIONAL, "CREATE TABLE p (id INTEGER PRIMARY KEY)"),
          step(Statement.Kind.TRANSACTIONAL, "CREATE TABLE c (p INTEGER REFERENCES p (id))"),
          step(Statement.Kind.TRANSACTIONAL, "INSERT INTO c VALUES (7)"),
          step(Statement.Kind.ASSERT_EMPTY, "PRAGMA foreign_key_check"),
          step(Statement.Kind.AFTER_TRANSACTION, "PRAGMA foreign_keys = ON")))));
      assertEquals("the check returned 1 row(s) where none were expected: (c, 1, p, 0)", e.getMessage());
      assertEquals("1", query(c, "PRAGMA foreign_keys"));
      assertNull(query(c, "SELECT name FROM sqlite_master WHERE name = 'c'"));
    }
  }

  @Test
  void aStaleGuardRunsNothing() throws Exception {
    try (TestDatabase db = TestDatabases.sqlite(); Connection c = db.dataSource().getConnection();
        JdbcSink sink = JdbcSink.open(c, IMMEDIATE, SQLITE_SETTINGS)) {
      sink.run(batch(List.of(step(Statement.Kind.TRANSACTIONAL, "CREATE TABLE v (id VARCHAR(10))"),
          step(Statement.Kind.TRANSACTIONAL, "INSERT INTO v VALUES ('a')"))));
      SqlBatch guarded = new SqlBatch("guarded", List.of(step(Statement.Kind.TRANSACTIONAL,
          "CREATE TABLE w (id INTEGER)")), took -> List.of(), true,
          new SqlBatch.Guard(step(Statement.Kind.TRANSACTIONAL, "SELECT id FROM v"), Set.of("b")));
      StaleStateException e = assertThrows(StaleStateException.class, () -> sink.run(guarded));
      assertEquals("expected [b] but found [a]", e.getMessage());
      assertNull(query(c, "SELECT name FROM sqlite_master WHERE name = 'w'"));
      assertTrue(c.getAutoCommit());
    }
  }

  @Test
  void aClaimBeforeTheWorkThatChangesNoRowRunsNothing() throws Exception {
    try (TestDatabase db = TestDatabases.sqlite(); Connection c = db.dataSource().getConnection();
        JdbcSink sink = JdbcSink.open(c, IMMEDIATE, SQLITE_SETTINGS)) {
      sink.run(batch(List.of(step(Statement.Kind.TRANSACTIONAL, "CREATE TABLE v (id VARCHAR(10))"),
          step(Statement.Kind.TRANSACTIONAL, "INSERT INTO v VALUES ('b')"))));
      SqlStep claim = step(Statement.Kind.TRANSACTIONAL, "UPDATE v SET id = 'c' WHERE id = 'a'").asClaim();
      SqlBatch claimed = new SqlBatch("claimed", List.of(claim, step(Statement.Kind.TRANSACTIONAL,
          "CREATE TABLE w (id INTEGER)")), took -> List.of(), true, null);
      StaleStateException e = assertThrows(StaleStateException.class, () -> sink.run(claimed));
      assertEquals("test UPDATE v SET id = 'c' WHERE id = 'a' changed 0 row(s) where 1 was expected", e.getMessage());
      assertNull(query(c, "SELECT name FROM sqlite_master WHERE name = 'w'"));
      assertEquals("b", query(c, "SELECT id FROM v"));
      assertTrue(c.getAutoCommit());

      SqlStep matching = step(Statement.Kind.TRANSACTIONAL, "UPDATE v SET id = 'c' WHERE id = 'b'").asClaim();
      sink.run(new SqlBatch("claimed", List.of(matching, step(Statement.Kind.TRANSACTIONAL,
          "CREATE TABLE w (id INTEGER)")), took -> List.of(), true, null));
      assertEquals("w", query(c, "SELECT name FROM sqlite_master WHERE name = 'w'"));
      assertEquals("c", query(c, "SELECT id FROM v"));
    }
  }

  @Test
  void aClaimAfterTheWorkThatChangesNoRowRollsTheWorkBack() throws Exception {
    try (TestDatabase db = TestDatabases.sqlite(); Connection c = db.dataSource().getConnection();
        JdbcSink sink = JdbcSink.open(c, IMMEDIATE, SQLITE_SETTINGS)) {
      sink.run(batch(List.of(step(Statement.Kind.TRANSACTIONAL, "CREATE TABLE v (id VARCHAR(10))"))));
      SqlBatch late = new SqlBatch("late", List.of(step(Statement.Kind.TRANSACTIONAL, "CREATE TABLE w (id INTEGER)")),
          took -> List.of(step(Statement.Kind.TRANSACTIONAL, "UPDATE v SET id = 'x'").asClaim()), true, null);
      assertThrows(StaleStateException.class, () -> sink.run(late));
      assertNull(query(c, "SELECT name FROM sqlite_master WHERE name = 'w'"));
    }
  }

  @Test
  void claimsAreRefusedOutsideATransaction() throws Exception {
    try (TestDatabase db = TestDatabases.sqlite(); Connection c = db.dataSource().getConnection();
        JdbcSink sink = JdbcSink.open(c, IMMEDIATE, SQLITE_SETTINGS)) {
      SqlStep claim = step(Statement.Kind.TRANSACTIONAL, "UPDATE v SET id = 'x'").asClaim();
      SqlBatch claimInWork = new SqlBatch("outside", List.of(claim, step(Statement.Kind.NON_TRANSACTIONAL,
          "CREATE TABLE w (id INTEGER)")), took -> List.of(), false, null);
      assertTrue(assertThrows(IllegalStateException.class, () -> sink.run(claimInWork)).getMessage()
          .startsWith("a claim runs inside a transaction only"));
      assertNull(query(c, "SELECT name FROM sqlite_master WHERE name = 'w'"));
      SqlBatch outside = new SqlBatch("outside", List.of(step(Statement.Kind.NON_TRANSACTIONAL,
          "CREATE TABLE w (id INTEGER)")), took -> List.of(claim), false, null);
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> sink.run(outside));
      assertTrue(e.getMessage().startsWith("a claim runs inside a transaction only"), e.getMessage());
    }
  }
}
