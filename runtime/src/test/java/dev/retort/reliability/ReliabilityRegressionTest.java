package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.UpgradeResult;
import dev.retort.runtime.dialect.Dialects;
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
}
