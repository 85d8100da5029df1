package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PostgreSQL-only behaviour: the advisory lock and revisions that run outside a transaction. */
class PostgresLockingTest {
  LiveDb db;

  @BeforeEach
  void open() {
    db = LiveDb.of("postgresql");
  }

  @AfterEach
  void close() throws Exception {
    db.close();
  }

  private long key() {
    return PostgresAdvisoryLock.key(db.database.schema(), "retort_version");
  }

  private long locksHeld() throws Exception {
    try (Connection c = db.dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid::bigint = ? AND objid::bigint = ?")) {
      ps.setLong(1, key() >>> 32);
      ps.setLong(2, key() & 0xFFFFFFFFL);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void timesOutNamingTheHolderHavingRunNothing() throws Exception {
    try (Connection holder = db.dataSource.getConnection()) {
      try (Statement st = holder.createStatement()) {
        st.execute("SET application_name = 'holder-app'");
      }
      try (PreparedStatement ps = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
        ps.setLong(1, key());
        ps.execute();
      }
      int pid;
      try (Statement st = holder.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
        rs.next();
        pid = rs.getInt(1);
      }
      Retort r = RetortBuilderAccess.configure(db).lockTimeout(Duration.ofMillis(700))
          .revisions(TestRevisions.V1.class).load();
      LockTimeoutException e = assertThrows(LockTimeoutException.class, () -> r.upgrade("head"));
      assertTrue(e.getMessage().matches("could not acquire the migration lock \\(PostgreSQL advisory lock -?\\d+\\)"
          + " within 700 ms: it is held by pid " + pid + " \\(application 'holder-app', user postgres, since \\S+\\)\\."
          + " Wait for that migration to finish, or end the session if it is stuck; the wait is set with"
          + " Retort.configure\\(\\).lockTimeout\\(...\\) or --lock-timeout"), e.getMessage());
      assertEquals(ErrorCode.LOCK_TIMEOUT, e.code());
      assertFalse(db.tableExists("retort_version"));
      assertFalse(db.tableExists("canary"));
      assertEquals(1, locksHeld());
      try (PreparedStatement ps = holder.prepareStatement("SELECT pg_advisory_unlock(?)")) {
        ps.setLong(1, key());
        ps.execute();
      }
    }
    assertEquals(0, locksHeld());
  }

  @Test
  void releasesTheLockAfterSuccessAndFailure() throws Exception {
    RetortBuilderAccess.configure(db).revisions(TestRevisions.V1.class).load().upgrade("head");
    assertEquals(0, locksHeld());
    Retort failing = RetortBuilderAccess.configure(db).revisions(TestRevisions.V1.class, TestRevisions.V2.class,
        TestRevisions.V3.class, TestRevisions.V4Fails.class).load();
    RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> failing.upgrade("head"));
    assertEquals("42P01", e.sqlState());
    assertEquals(0, locksHeld());
    assertEquals(List.of("0003"), db.column("SELECT version_id FROM retort_version"));
  }

  @Test
  void runsConcurrentIndexesOutsideATransaction() throws Exception {
    Retort r = RetortBuilderAccess.configure(db).revisions(TestRevisions.V1.class, TestRevisions.V2.class,
        TestRevisions.V3.class, TestRevisions.V4Concurrent.class).load();
    UpgradeResult result = r.upgrade("head");
    AppliedRevision last = result.applied().get(3);
    assertFalse(last.transactional());
    HistoryEntry h = r.history().entries().get(3);
    assertFalse(h.transactional());
    assertTrue(h.success());
    assertEquals(List.of("ix_item_name"), db.column("SELECT indexname FROM pg_indexes WHERE tablename = 'item'"
        + " AND indexname <> 'item_pkey' AND schemaname = current_schema()"));
    assertEquals(List.of("0003"), r.downgrade("-1").headsAfter());
    assertFalse(db.tableExists("item"));
  }

  @Test
  void aFailedNonTransactionalRevisionIsRecordedAndBlocksUntilStamped() throws Exception {
    Retort r = RetortBuilderAccess.configure(db).revisions(TestRevisions.V1.class, TestRevisions.V2.class,
        TestRevisions.V3.class, TestRevisions.V4ConcurrentFails.class).load();
    RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> r.upgrade("head"));
    assertEquals("0004", e.revision());
    assertEquals("create unique index ux_item_name on item", e.operation());
    assertEquals("23505", e.sqlState());
    assertTrue(e.getMessage().endsWith("\nThe revision ran outside a transaction: the statements before this one"
        + " stay applied. It is recorded as failed and further runs are refused until you check the database by"
        + " hand and run `stamp`."), e.getMessage());
    assertTrue(db.tableExists("item"));
    assertEquals(List.of("0003"), db.column("SELECT version_id FROM retort_version"));
    HistoryEntry failed = r.history().entries().get(3);
    assertFalse(failed.success());
    assertFalse(failed.transactional());

    FailedRevisionPendingException pending = assertThrows(FailedRevisionPendingException.class,
        () -> r.upgrade("head"));
    assertEquals("revision(s) 0004 failed part-way outside a transaction in an earlier run; the statements before"
        + " the failing one stay applied. Check the database by hand, finish or undo those statements, then run"
        + " `stamp` with the revision the database now matches.", pending.getMessage());

    db.execute("DROP TABLE item");
    r.stamp("0003");
    assertEquals(Direction.UNSTAMP, r.history().entries().get(4).direction());
    assertThrows(RevisionFailedException.class, () -> r.upgrade("head"));
  }
}
