package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.runtime.DatabaseException;
import dev.retort.runtime.ErrorCode;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RetortException;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.testing.FaultyDataSource;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * After every verb, successful or not, each pooled connection is handed back with the settings it was given
 * out with: autocommit, isolation, SQLite's {@code foreign_keys} and {@code busy_timeout}, PostgreSQL's session
 * settings, no open transaction and no advisory lock. The pool ({@link HandPool}) resets nothing itself, so
 * anything Retort left changed would show.
 */
class ReliabilityConnectionSettingsTest {

  /** One revision more than the schema chain's first five, whose code throws. */
  static List<RevisionDescriptor> withThrowingRevision() {
    List<RevisionDescriptor> chain = new ArrayList<>(Fixture.schema(5));
    chain.add(new RevisionDescriptor("r006", List.of("r005"), "throws", () -> new Migration() {
      @Override
      public void upgrade(Ops ops) {
        throw new IllegalStateException("no backfill source");
      }

      @Override
      public void downgrade(Ops ops) {}
    }));
    return chain;
  }

  interface Scenario {
    void run(Retort retort, FaultyDataSource ds) throws Exception;
  }

  /** Every verb, and every way a run can fail, in sequence on one database. */
  static Map<String, Scenario> scenarios() {
    Map<String, Scenario> out = new LinkedHashMap<>();
    out.put("upgrade with rebuilds", (r, ds) -> r.upgrade("r004"));
    out.put("statement fails inside a revision", (r, ds) -> {
      ds.hook((n, sql) -> sql.startsWith("ALTER TABLE") ? FaultyDataSource.Fault.FAIL_BEFORE
          : FaultyDataSource.Fault.NONE);
      try {
        assertEquals(ErrorCode.REVISION_FAILED, assertThrows(RetortException.class, () -> r.upgrade("r005")).code());
      } finally {
        ds.reset();
      }
    });
    out.put("commit fails", (r, ds) -> {
      ds.hook((n, sql) -> sql.equals("COMMIT") ? FaultyDataSource.Fault.FAIL_BEFORE : FaultyDataSource.Fault.NONE);
      try {
        assertThrows(RetortException.class, () -> r.upgrade("r005"));
      } finally {
        ds.reset();
      }
    });
    out.put("upgrade", (r, ds) -> r.upgrade("r005"));
    out.put("revision code throws", (r, ds) -> assertThrows(RetortException.class, () -> r.upgrade("head")));
    out.put("downgrade", (r, ds) -> r.downgrade("-1"));
    out.put("stamp", (r, ds) -> r.stamp("r005"));
    out.put("current and history", (r, ds) -> {
      r.current();
      r.history();
    });
    return out;
  }

  /** The settings of a physical connection that Retort must leave as it found them. */
  static Map<String, Object> settings(Connection c, boolean postgres) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("autocommit", c.getAutoCommit());
    out.put("isolation", c.getTransactionIsolation());
    out.put("readOnly", c.isReadOnly());
    if (postgres) {
      out.put("transaction", c.unwrap(BaseConnection.class).getTransactionState());
      for (String s : List.of("search_path", "statement_timeout", "lock_timeout", "application_name", "TimeZone",
          "client_min_messages", "synchronous_commit")) {
        out.put(s, one(c, "SHOW " + s));
      }
      out.put("advisory locks", one(c, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
          + " AND pid = pg_backend_pid()"));
      out.put("statements prepared in SQL", one(c, "SELECT count(*) FROM pg_prepared_statements WHERE from_sql"));
    } else {
      out.put("foreign_keys", one(c, "PRAGMA foreign_keys"));
      out.put("busy_timeout", one(c, "PRAGMA busy_timeout"));
    }
    if (!c.getAutoCommit()) {
      c.rollback();
    }
    return out;
  }

  static String one(Connection c, String sql) throws Exception {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  static void execute(Connection c, String sql) throws Exception {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static void runAll(HandPool pool, boolean postgres, List<Map<String, Object>> before) throws Exception {
    FaultyDataSource ds = new FaultyDataSource(pool);
    Retort retort = Retort.configure().dataSource(ds).discover(false)
        .revisions(Fixture.catalog(withThrowingRevision())).lockTimeout(Duration.ofMillis(300)).load();
    for (Map.Entry<String, Scenario> s : scenarios().entrySet()) {
      s.getValue().run(retort, ds);
      assertEquals(0, pool.inUse(), s.getKey() + ": connections not returned");
      List<Connection> physical = pool.physicalConnections();
      for (int i = 0; i < physical.size(); i++) {
        assertEquals(before.get(i), settings(physical.get(i), postgres), s.getKey() + ", connection " + i);
      }
    }
  }

  @ParameterizedTest(name = "foreign_keys {0}")
  @ValueSource(strings = {"ON", "OFF"})
  void sqliteConnectionKeepsItsSettings(String foreignKeys) throws Exception {
    try (TestDatabase db = TestDatabases.sqlite()) {
      HandPool pool = new HandPool(db.dataSource(), 1);
      try {
        Connection c = pool.fill().get(0);
        execute(c, "PRAGMA foreign_keys = " + foreignKeys);
        execute(c, "PRAGMA busy_timeout = 4321");
        c.setAutoCommit(false);
        List<Map<String, Object>> before = List.of(settings(c, false));
        assertEquals(foreignKeys.equals("ON") ? "1" : "0", before.get(0).get("foreign_keys"));
        runAll(pool, false, before);

        try (Connection writer = db.dataSource().getConnection()) {
          execute(writer, "BEGIN IMMEDIATE");
          Retort locked = Retort.configure().dataSource(pool).discover(false)
              .revisions(Fixture.catalog(Fixture.schema(5))).lockTimeout(Duration.ofMillis(200)).load();
          assertEquals(ErrorCode.LOCK_TIMEOUT, assertThrows(RetortException.class, () -> locked.downgrade("base"))
              .code());
          execute(writer, "ROLLBACK");
        }
        assertEquals(before.get(0), settings(c, false), "after a lock timeout");
      } finally {
        pool.closeAll();
      }
    }
  }

  @Test
  void postgresqlConnectionsKeepTheirSessionSettings() throws Exception {
    try (TestDatabase db = TestDatabases.postgres()) {
      HandPool pool = new HandPool(db.dataSource(), 2);
      try {
        List<Connection> physical = pool.fill();
        Connection first = physical.get(0);
        execute(first, "SET statement_timeout = '17s'");
        execute(first, "SET application_name = 'pooled-0'");
        execute(first, "SET TimeZone = 'Pacific/Chatham'");
        execute(first, "SET search_path = \"" + db.schema() + "\", public");
        first.setAutoCommit(false);
        first.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        Connection second = physical.get(1);
        execute(second, "SET lock_timeout = '3s'");
        execute(second, "SET application_name = 'pooled-1'");
        execute(second, "SET client_min_messages = 'warning'");
        execute(second, "SET synchronous_commit = 'off'");
        List<Map<String, Object>> before = List.of(settings(first, true), settings(second, true));
        assertEquals(TransactionState.IDLE, before.get(0).get("transaction"));
        runAll(pool, true, before);

        try (Connection holder = db.dataSource().getConnection();
            PreparedStatement ps = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
          ps.setLong(1, Locks.key(db.schema()));
          ps.execute();
          Retort locked = Retort.configure().dataSource(pool).discover(false)
              .revisions(Fixture.catalog(Fixture.schema(5))).lockTimeout(Duration.ofMillis(200)).load();
          assertEquals(ErrorCode.LOCK_TIMEOUT, assertThrows(RetortException.class, () -> locked.downgrade("base"))
              .code());
        }
        assertEquals(before, List.of(settings(first, true), settings(second, true)), "after a lock timeout");
      } finally {
        pool.closeAll();
      }
    }
  }

  /**
   * The statement that writes the version and history rows on PostgreSQL is prepared on the session for the run and
   * dropped after it; one left behind on a pooled connection (by a run whose connection failed before it could drop
   * it) is replaced, not an error.
   */
  @Test
  void postgresqlReplacesABookkeepingStatementLeftOnAPooledConnection() throws Exception {
    try (TestDatabase db = TestDatabases.postgres()) {
      HandPool pool = new HandPool(db.dataSource(), 2);
      try {
        for (Connection c : pool.fill()) {
          execute(c, "PREPARE retort_move_and_record AS SELECT 1");
        }
        Retort retort = Retort.configure().dataSource(pool).discover(false)
            .revisions(Fixture.catalog(Fixture.schema(3))).load();
        assertEquals(3, retort.upgrade("head").applied().size());
        assertEquals(List.of("r003"), Db.heads(db.dataSource()));
        assertEquals(3, Db.count(db.dataSource(), "SELECT count(*) FROM retort_history"));
        List<String> left = new ArrayList<>();
        for (Connection c : pool.physicalConnections()) {
          left.add(one(c, "SELECT count(*) FROM pg_prepared_statements WHERE from_sql"));
        }
        assertTrue(left.contains("0"), "the run's connection still holds a prepared statement: " + left);
      } finally {
        pool.closeAll();
      }
    }
  }

  /**
   * On PostgreSQL the lock lives on a connection of its own, so a run with work to do needs two connections: a
   * pool of one fails clearly, having run nothing, and its connection keeps its settings.
   */
  @Test
  void postgresqlWithAPoolOfOneFailsClearlyHavingRunNothing() throws Exception {
    try (TestDatabase db = TestDatabases.postgres()) {
      HandPool pool = new HandPool(db.dataSource(), 1);
      try {
        Connection only = pool.fill().get(0);
        execute(only, "SET application_name = 'pool-of-one'");
        Map<String, Object> before = settings(only, true);
        Retort retort = Retort.configure().dataSource(pool).discover(false)
            .revisions(Fixture.catalog(Fixture.schema(2))).load();
        DatabaseException e = assertThrows(DatabaseException.class, () -> retort.upgrade("head"));
        assertEquals("cannot open a connection for the migration lock: pool exhausted: all 1 connection(s) are in"
            + " use", e.getMessage());
        assertEquals(before, settings(only, true));
        assertEquals(0, pool.inUse());
        assertTrue(!Db.tableExists(db.dataSource(), "retort_version"));
      } finally {
        pool.closeAll();
      }
    }
  }
}
