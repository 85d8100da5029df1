package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.UpgradeResult;
import dev.retort.runtime.dialect.Dialects;
import dev.retort.testing.FaultyDataSource;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Deterministic replays of the races and faults the reliability tests found in the runtime, one per bug. */
class ReliabilityRegressionTest {

  /**
   * Found by the multi-process race: a migrator's first read of the version table fails because it does not exist
   * yet, another migrator creates it, and the existence check that follows then saw the table and reported the
   * failed read as a database error (exit 70). Now the read is retried once.
   */
  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void versionTableCreatedByAnotherMigratorBetweenTheReadAndTheExistenceCheck(TestDatabase.Kind kind)
      throws Exception {
    List<RevisionDescriptor> chain = Fixture.canary(3);
    try (TestDatabase db = TestDatabases.create(kind)) {
      Retort other = Retort.configure().dataSource(db.dataSource()).discover(false)
          .revisions(Fixture.catalog(chain)).load();
      AtomicBoolean raced = new AtomicBoolean();
      FaultyDataSource ds = new FaultyDataSource(db.dataSource()).hook((n, sql) -> {
        if (sql.contains("FROM \"retort_version\"") && raced.compareAndSet(false, true)) {
          other.upgrade("head");
          return FaultyDataSource.Fault.FAIL_BEFORE;
        }
        return FaultyDataSource.Fault.NONE;
      });
      Retort late = Retort.configure().dataSource(ds).discover(false).revisions(Fixture.catalog(chain)).load();
      UpgradeResult result = late.upgrade("head");
      assertEquals(true, raced.get());
      assertEquals(List.of(), result.applied());
      assertEquals(List.of("r003"), result.headsAfter());
      assertEquals(List.of("r001", "r002", "r003"), Db.canary(db.dataSource()));
    }
  }

  /**
   * Found by the hostile-identifier test: PostgreSQL truncates identifiers longer than 63 bytes with a mere
   * notice, so a long name was created under another name and later operations did not find it. The dialect now
   * refuses such a name when it renders, counting UTF-8 bytes, not characters.
   */
  @org.junit.jupiter.api.Test
  void postgresqlRefusesIdentifiersLongerThan63BytesInsteadOfTruncatingThem() {
    var pg = Dialects.named("postgresql");
    assertEquals('"' + "a".repeat(63) + '"', pg.quote("a".repeat(63)));
    assertEquals('"' + "ä".repeat(31) + "b" + '"', pg.quote("ä".repeat(31) + "b"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pg.quote("ä".repeat(32)));
    assertTrue(e.getMessage().startsWith("identifier \"" + "ä".repeat(32) + "\" is 64 bytes long in UTF-8;"
        + " PostgreSQL allows at most 63 and would silently truncate it"), e.getMessage());
    assertEquals('"' + "ä".repeat(40) + '"', Dialects.named("sqlite").quote("ä".repeat(40)));
  }

  /**
   * Found by the graph fuzz test: a relative target whose step count does not fit an int ({@code +99999999999})
   * escaped as a NumberFormatException instead of a RetortException.
   */
  @org.junit.jupiter.api.Test
  void aRelativeTargetBeyondIntRangeIsAnUnknownRevision() {
    var graph = dev.retort.runtime.RevisionGraph.of(Fixture.canary(2));
    for (String target : List.of("+99999999999", "-99999999999", "r001+99999999999", "head-99999999999")) {
      dev.retort.runtime.UnknownRevisionException e = assertThrows(dev.retort.runtime.UnknownRevisionException.class,
          () -> graph.resolve(target, java.util.Set.of("r001")));
      assertEquals("target " + target + " moves 99999999999 steps, more than any revision graph has; use head, base"
          + " or a revision id", e.getMessage());
    }
  }

  /**
   * Found by the connection-settings test: when the PostgreSQL lock timed out, the connection it had taken for
   * the lock went back to the pool in autocommit mode although it was handed out with autocommit off.
   */
  @org.junit.jupiter.api.Test
  void postgresqlLockTimeoutGivesTheLockConnectionBackWithItsAutocommitMode() throws Exception {
    try (TestDatabase db = TestDatabases.postgres()) {
      HandPool pool = new HandPool(db.dataSource(), 2);
      try {
        for (java.sql.Connection c : pool.fill()) {
          c.setAutoCommit(false);
        }
        try (java.sql.Connection holder = db.dataSource().getConnection();
            java.sql.PreparedStatement ps = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
          ps.setLong(1, Locks.key(db.schema()));
          ps.execute();
          Retort retort = Retort.configure().dataSource(pool).discover(false)
              .revisions(Fixture.catalog(Fixture.canary(1))).lockTimeout(java.time.Duration.ofMillis(100)).load();
          assertThrows(dev.retort.runtime.LockTimeoutException.class, () -> retort.upgrade("head"));
        }
        for (java.sql.Connection c : pool.physicalConnections()) {
          assertEquals(false, c.getAutoCommit());
        }
      } finally {
        pool.closeAll();
      }
    }
  }

  /** Runs a three-revision chain on SQLite, failing the first statement of exactly this text; returns the error. */
  private static dev.retort.runtime.RetortException faultAt(TestDatabase db, String statement,
      FaultyDataSource.Fault fault, String target) {
    AtomicBoolean fired = new AtomicBoolean();
    FaultyDataSource ds = new FaultyDataSource(db.dataSource()).hook((n, sql) ->
        sql.equals(statement) && fired.compareAndSet(false, true) ? fault : FaultyDataSource.Fault.NONE);
    Retort retort = Retort.configure().dataSource(ds).discover(false).revisions(Fixture.catalog(Fixture.schema(3)))
        .load();
    return assertThrows(dev.retort.runtime.RetortException.class, () -> retort.upgrade(target));
  }

  /**
   * Found by the injected-failure test: a commit that reached the database but whose answer was lost was reported
   * as a plain failure of the revision, although the revision is applied. The message now says so, and that a
   * retry is safe.
   */
  @org.junit.jupiter.api.Test
  void aCommitWhoseAnswerIsLostSaysTheRevisionMayBeAppliedAndARetryIsSafe() throws Exception {
    try (TestDatabase db = TestDatabases.sqlite()) {
      Retort.configure().dataSource(db.dataSource()).discover(false).revisions(Fixture.catalog(Fixture.schema(3)))
          .load().upgrade("r001");
      dev.retort.runtime.RetortException e = faultAt(db, "COMMIT", FaultyDataSource.Fault.FAIL_AFTER, "r002");
      assertTrue(e.getMessage().startsWith("revision r002 failed\n  error:     the transaction could not be started"
          + " or committed: injected failure at statement "), e.getMessage());
      assertTrue(e.getMessage().endsWith("\nIf the commit reached the database before the error, the revision is"
          + " applied; running the upgrade again is safe: it reads the version table and skips what is applied."),
          e.getMessage());
      assertEquals(List.of("r002"), Db.heads(db.dataSource()));
      assertEquals(List.of(), Retort.configure().dataSource(db.dataSource()).discover(false)
          .revisions(Fixture.catalog(Fixture.schema(3))).load().upgrade("r002").applied());
    }
  }

  /**
   * Found by the injected-failure test: on SQLite a rebuild switches foreign keys back on after its transaction;
   * when that failed, the committed revision was reported as failed with no word that it is applied.
   */
  @org.junit.jupiter.api.Test
  void aStatementFailingAfterTheCommitSaysTheRevisionIsApplied() throws Exception {
    try (TestDatabase db = TestDatabases.sqlite()) {
      dev.retort.runtime.RetortException e = faultAt(db, "PRAGMA foreign_keys=ON",
          FaultyDataSource.Fault.FAIL_BEFORE, "r003");
      assertTrue(e.getMessage().startsWith("revision r003 failed\n  operation: add unique constraint uq_t0_name on"
          + " t0\n  sql:       PRAGMA foreign_keys=ON\n"), e.getMessage());
      assertTrue(e.getMessage().endsWith("\nThe revision was committed and recorded; only this statement, which runs"
          + " after its transaction, failed. Running the upgrade again is safe: it reads the version table and skips"
          + " what is applied."), e.getMessage());
      assertEquals(List.of("r003"), Db.heads(db.dataSource()));
    }
  }

  /**
   * Found by the injected-failure test: when a connection's settings could not be restored after a successful
   * run, the caller got "database error: ..." with no word that the revisions were applied.
   */
  @org.junit.jupiter.api.Test
  void aSettingThatCannotBeRestoredAfterASuccessfulRunSaysTheWorkIsDone() throws Exception {
    try (TestDatabase db = TestDatabases.sqlite()) {
      dev.retort.runtime.RetortException e = faultAt(db, "PRAGMA busy_timeout = 3000",
          FaultyDataSource.Fault.FAIL_BEFORE, "head");
      assertTrue(e.getMessage().startsWith("the work is done, but the connection's settings could not be restored"
          + " afterwards: injected failure at statement "), e.getMessage());
      assertTrue(e.getMessage().endsWith(". Close this connection rather than reuse it."), e.getMessage());
      assertEquals(List.of("r003"), Db.heads(db.dataSource()));
    }
  }
}
