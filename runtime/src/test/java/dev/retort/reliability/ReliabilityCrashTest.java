package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.runtime.HistoryEntry;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.dialect.Dialect;
import dev.retort.testing.FaultyDataSource;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A migrator process killed with SIGKILL while it holds the lock, at three points of a 12-revision chain: between
 * two revisions (after a commit), inside a revision's statements (during a statement that takes seconds, after
 * the revision's DDL), and at the commit (everything run, the commit not yet sent). The next boot, in another
 * process and without any human action, completes: every revision applied exactly once, no failed history row,
 * no lock left, and the reflected schema equals the one the revisions promise. And SQLite specifically: killed
 * inside a table rebuild, after the old table was dropped and before the new one is renamed, the original table
 * and all its rows are intact on reopen, because the rebuild is one transaction.
 */
class ReliabilityCrashTest {
  static final int REVISIONS = 12;
  static final int SLOW_REVISION = 4;

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0} killed {1}")
  @CsvSource({"SQLITE, between revisions", "SQLITE, inside a statement", "SQLITE, at the commit",
      "POSTGRESQL, between revisions", "POSTGRESQL, inside a statement", "POSTGRESQL, at the commit"})
  void nextBootCompletesAfterAKill(TestDatabase.Kind kind, String point) throws Exception {
    String chain = "slow:" + REVISIONS + ":" + SLOW_REVISION;
    List<RevisionDescriptor> revisions = ChildMain.chain(chain);
    try (TestDatabase db = TestDatabases.create(kind)) {
      String url = db.url() + (kind == TestDatabase.Kind.POSTGRESQL ? "&ApplicationName=retort-crash" : "");
      List<String> args = new ArrayList<>(List.of("url=" + url, "chain=" + chain, "trace=true"));
      if (kind == TestDatabase.Kind.POSTGRESQL) {
        args.addAll(List.of("user=postgres", "password="));
      }
      switch (point) {
        case "between revisions" -> args.add("blockAfterCommit=4");
        case "at the commit" -> args.add("blockBeforeCommit=6");
        default -> { }
      }
      Children.Child victim = Children.start(dir, "victim", args);
      if (point.equals("inside a statement")) {
        String marker = kind == TestDatabase.Kind.POSTGRESQL ? "SELECT pg_sleep" : "WITH RECURSIVE";
        victim.awaitLine("STMT ", Duration.ofSeconds(60));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (victim.stdout().lines().noneMatch(l -> l.startsWith("STMT ") && l.contains(marker))) {
          assertTrue(System.nanoTime() < deadline && victim.process().isAlive(), victim.stdout());
          Thread.sleep(5);
        }
        Thread.sleep(300);
        assertTrue(victim.process().isAlive(), "the slow statement ended before the kill");
      } else {
        victim.awaitLine("BLOCKED", Duration.ofSeconds(60));
      }
      victim.kill();
      int applied = Db.heads(db.dataSource()).isEmpty() ? 0
          : Integer.parseInt(Db.heads(db.dataSource()).get(0).substring(1));
      assertTrue(applied < REVISIONS, "the victim finished before it was killed");
      if (kind == TestDatabase.Kind.SQLITE && !point.equals("between revisions")) {
        assertTrue(Files.exists(Path.of(sqliteFile(db) + "-journal")), "killed outside a transaction");
      }

      FaultyDataSource ds = new FaultyDataSource(db.dataSource());
      Retort next = Retort.configure().dataSource(ds).discover(false).revisions(Fixture.catalog(revisions))
          .lockTimeout(Duration.ofSeconds(60)).load();
      assertEquals(REVISIONS - applied, next.upgrade("head").applied().size());
      assertAppliedOnceAndComplete(db, ds, revisions, next);
      System.out.printf("[reliability] %s killed %s after %d revision(s); the next boot applied %d%n", kind, point,
          applied, REVISIONS - applied);
    }
  }

  private static void assertAppliedOnceAndComplete(TestDatabase db, FaultyDataSource ds,
      List<RevisionDescriptor> revisions, Retort retort) throws Exception {
    List<String> ids = IntStream.rangeClosed(1, REVISIONS).mapToObj(Fixture::id).toList();
    assertEquals(ids, Db.canary(ds));
    List<HistoryEntry> history = retort.history().entries();
    assertEquals(ids, history.stream().map(HistoryEntry::revision).toList());
    assertTrue(history.stream().allMatch(HistoryEntry::success));
    assertEquals(List.of(Fixture.id(REVISIONS)), Db.heads(ds));
    Dialect dialect = Db.dialect(ds);
    assertEquals(Db.expected(dialect, revisions, REVISIONS), Db.live(ds));
    if (db.kind() == TestDatabase.Kind.POSTGRESQL) {
      assertEquals(0, Locks.heldAfterSettling(ds, db.schema()));
    } else {
      assertFalse(Files.exists(Path.of(sqliteFile(db) + "-journal")));
      try (Connection c = DriverManager.getConnection(db.url()); Statement st = c.createStatement()) {
        st.execute("PRAGMA busy_timeout = 0");
        st.execute("BEGIN IMMEDIATE");
        st.execute("ROLLBACK");
      }
    }
  }

  private static String sqliteFile(TestDatabase db) {
    return db.url().substring("jdbc:sqlite:".length()).replaceFirst("\\?.*", "");
  }

  @Test
  void sqliteKilledInsideARebuildBetweenDropAndRenameKeepsTheTable() throws Exception {
    List<RevisionDescriptor> revisions = Fixture.schema(3);
    try (TestDatabase db = TestDatabases.sqlite()) {
      Children.Child victim = Children.start(dir, "rebuild", List.of("url=" + db.url(), "chain=schema:3",
          "trace=true", "blockAt=ALTER TABLE \"retort_tmp_t0\" RENAME TO \"t0\""));
      victim.awaitLine("BLOCKED", Duration.ofSeconds(60));
      List<String> trace = victim.stdout().lines().filter(l -> l.startsWith("STMT ")).map(l -> l.replaceFirst(
          "STMT \\d+ ", "")).toList();
      int begin = trace.lastIndexOf("BEGIN IMMEDIATE");
      List<String> rebuild = trace.subList(begin, trace.size());
      assertTrue(rebuild.contains("DROP TABLE \"t0\""), "the old table was not dropped yet: " + rebuild);
      assertTrue(rebuild.stream().anyMatch(s -> s.startsWith("CREATE TABLE \"retort_tmp_t0\"")), rebuild.toString());
      assertFalse(rebuild.contains("COMMIT"), "the rebuild committed part-way: " + rebuild);
      assertEquals("ALTER TABLE \"retort_tmp_t0\" RENAME TO \"t0\"", rebuild.get(rebuild.size() - 1));
      victim.kill();
      assertTrue(Files.exists(Path.of(sqliteFile(db) + "-journal")), "no hot journal: nothing was in flight");

      assertEquals(List.of("1 one", "2 two", "3 three"), Db.column(db.dataSource(),
          "SELECT id || ' ' || name FROM t0 ORDER BY id"));
      assertEquals(List.of("canary", "t0"), Db.column(db.dataSource(), "SELECT name FROM sqlite_master"
          + " WHERE type = 'table' AND name NOT LIKE 'retort_%' ORDER BY name"));
      assertEquals(List.of(), Db.column(db.dataSource(), "SELECT name FROM sqlite_master"
          + " WHERE name LIKE 'retort_tmp%'"));
      Dialect dialect = Db.dialect(db.dataSource());
      assertEquals(Db.expected(dialect, revisions, 2), Db.live(db.dataSource()));
      assertEquals(List.of("r002"), Db.heads(db.dataSource()));

      Retort next = Retort.configure().dataSource(db.dataSource()).discover(false)
          .revisions(Fixture.catalog(revisions)).load();
      assertEquals(1, next.upgrade("head").applied().size());
      assertEquals(Db.expected(dialect, revisions, 3), Db.live(db.dataSource()));
      assertEquals(List.of("1 one", "2 two", "3 three"), Db.column(db.dataSource(),
          "SELECT id || ' ' || name FROM t0 ORDER BY id"));
    }
  }
}
