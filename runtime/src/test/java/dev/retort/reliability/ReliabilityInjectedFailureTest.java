package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.runtime.DatabaseException;
import dev.retort.runtime.ErrorCode;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RetortException;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.RevisionFailedException;
import dev.retort.runtime.dialect.Dialect;
import dev.retort.schema.Schema;
import dev.retort.testing.FaultyDataSource;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A failure injected at every statement position of a 50-revision chain (every statement of every revision,
 * including its guard, bookkeeping and commit, plus the reads and lock statements around it), once before the
 * database runs the statement and once after it ran (the client loses the answer). After each failure the
 * catalog is exactly the schema before or after the failing revision, the version table, the history and the
 * canary rows agree with it, the error names the revision, the operation and the database's message, and the
 * next run without a failure completes.
 *
 * <p>The default build runs the first {@value #DEFAULT_REVISIONS} revisions of the chain (every kind of revision
 * at least twice, foreign-key rebuilds included); {@code -Dretort.reliability.full=true} runs all 50 (about six
 * minutes on two cores).
 */
class ReliabilityInjectedFailureTest {
  static final int DEFAULT_REVISIONS = 10;
  static final int REVISIONS = Boolean.getBoolean("retort.reliability.full") ? 50 : DEFAULT_REVISIONS;

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void everyStatementOfEveryRevision(TestDatabase.Kind kind) throws Exception {
    List<RevisionDescriptor> chain = Fixture.schema(REVISIONS);
    int failures = 0;
    long start = System.nanoTime();
    try (TestDatabase db = TestDatabases.create(kind)) {
      FaultyDataSource ds = new FaultyDataSource(db.dataSource());
      Dialect dialect = Db.dialect(ds);
      Retort retort = Retort.configure().dataSource(ds).discover(false).revisions(Fixture.catalog(chain)).load();
      for (int r = 1; r <= REVISIONS; r++) {
        String id = Fixture.id(r);
        for (FaultyDataSource.Fault fault : List.of(FaultyDataSource.Fault.FAIL_BEFORE,
            FaultyDataSource.Fault.FAIL_AFTER)) {
          for (int n = 1; ; n++) {
            ds.failAt(n, fault);
            RetortException error = null;
            try {
              retort.upgrade(id);
            } catch (RetortException e) {
              error = e;
            }
            String failedSql = ds.executed().size() >= n ? ds.executed().get(n - 1) : null;
            ds.reset();
            if (error == null && failedSql == null) {
              retort.downgrade(r == 1 ? "base" : Fixture.id(r - 1));
              break;
            }
            String where = kind + " revision " + id + " " + fault + " statement " + n + " (" + failedSql + ")";
            int at = assertBeforeOrAfter(ds, dialect, chain, r, where);
            if (error != null) {
              failures++;
              assertNamesTheFailure(error, id, n, where);
            }
            if (at == r && error != null) {
              String message = error.getMessage().toLowerCase(java.util.Locale.ROOT);
              assertTrue(message.contains("running the upgrade again is safe")
                  || message.startsWith("the work is done, but"), where + ": a failure after which the revision"
                  + " is applied must say so: " + error.getMessage());
              assertEquals(List.of(), retort.upgrade(id).applied(), where + ": the retry applied it again");
            }
            if (at == r) {
              retort.downgrade(r == 1 ? "base" : Fixture.id(r - 1));
              assertEquals(r - 1, assertBeforeOrAfter(ds, dialect, chain, r, where + ", downgraded"), where);
            }
          }
        }
        retort.upgrade(id);
        assertEquals(r, assertBeforeOrAfter(ds, dialect, chain, r, "clean run to " + id));
      }
    }
    System.out.printf("[reliability] %s: %d injected failures over %d revisions in %d ms%n", kind, failures,
        REVISIONS, (System.nanoTime() - start) / 1_000_000);
  }

  /** Asserts the database is exactly at revision r-1 or r, with every table agreeing; returns which. */
  private static int assertBeforeOrAfter(FaultyDataSource ds, Dialect dialect, List<RevisionDescriptor> chain, int r,
      String where) throws Exception {
    Schema live = Db.live(ds);
    List<String> heads = Db.heads(ds);
    int at;
    if (live.equals(Db.expected(dialect, chain, r))) {
      at = r;
    } else if (live.equals(Db.expected(dialect, chain, r - 1))) {
      at = r - 1;
    } else {
      fail(where + ": the catalog is neither the schema before nor after the revision:\n" + live);
      return -1;
    }
    assertEquals(at == 0 ? List.of() : List.of(Fixture.id(at)), heads, where + ": version table");
    List<String> canary = IntStream.rangeClosed(1, at).mapToObj(Fixture::id).toList();
    assertEquals(canary, Db.canary(ds), where + ": canary rows");
    if (Db.tableExists(ds, "retort_history")) {
      List<String> applied = new ArrayList<>();
      for (String row : Db.column(ds, "SELECT revision_id || ' ' || direction FROM retort_history"
          + " ORDER BY installed_rank")) {
        String[] parts = row.split(" ");
        if (parts[1].equalsIgnoreCase("up")) {
          applied.add(parts[0]);
        } else {
          applied.remove(parts[0]);
        }
      }
      assertEquals(canary, applied.stream().sorted().toList(), where + ": history");
    }
    return at;
  }

  private static void assertNamesTheFailure(RetortException error, String id, int n, String where) {
    String injected = "injected failure at statement " + n;
    assertTrue(error.getMessage().contains(injected), where + ": the database's message is missing: "
        + error.getMessage());
    if (error instanceof RevisionFailedException failed) {
      assertEquals(ErrorCode.REVISION_FAILED, failed.code());
      assertEquals(id, failed.revision(), where);
      assertTrue(error.getMessage().startsWith("revision " + id + " failed\n"), where + ": " + error.getMessage());
      if (failed.sql() != null) {
        assertTrue(failed.operation() != null && !failed.operation().isBlank(), where + ": no operation named");
        assertTrue(error.getMessage().contains("\n  operation: " + failed.operation()), where);
      }
    } else {
      assertTrue(error instanceof DatabaseException || error.code() == ErrorCode.DATABASE, where + ": "
          + error.getClass().getName() + ": " + error.getMessage());
    }
  }

  /** A revision whose own Java code throws: nothing of it runs, the error names it and the exception. */
  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void revisionCodeThrows(TestDatabase.Kind kind) throws Exception {
    List<RevisionDescriptor> chain = new ArrayList<>(Fixture.schema(7));
    RevisionDescriptor good = chain.get(6);
    chain.set(6, new RevisionDescriptor(good.id(), good.parents(), good.message(), () -> new Migration() {
      @Override
      public void upgrade(Ops ops) {
        ops.addColumn(Fixture.table(1), dev.retort.schema.Column.of("half",
            dev.retort.schema.ColumnType.INTEGER));
        throw new IllegalStateException("backfill source missing");
      }

      @Override
      public void downgrade(Ops ops) {}
    }));
    try (TestDatabase db = TestDatabases.create(kind)) {
      FaultyDataSource ds = new FaultyDataSource(db.dataSource());
      Dialect dialect = Db.dialect(ds);
      Retort retort = Retort.configure().dataSource(ds).discover(false).revisions(Fixture.catalog(chain)).load();
      RevisionFailedException e = org.junit.jupiter.api.Assertions.assertThrows(RevisionFailedException.class,
          () -> retort.upgrade("head"));
      assertEquals("r007", e.revision());
      assertEquals("revision r007 failed\n  error:     its upgrade(Ops) threw java.lang.IllegalStateException:"
          + " backfill source missing", e.getMessage());
      assertEquals(6, assertBeforeOrAfter(ds, dialect, Fixture.schema(7), 7, "code throws"));
      ds.reset();
      org.junit.jupiter.api.Assertions.assertThrows(RevisionFailedException.class, () -> retort.upgrade("head"));
      assertTrue(ds.executed().stream().noneMatch(sql -> sql.contains("half")), ds.executed().toString());
    }
  }
}
