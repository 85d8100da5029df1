package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.UpgradeResult;
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
}
