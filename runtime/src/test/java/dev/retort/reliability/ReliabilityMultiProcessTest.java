package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.runtime.ErrorCode;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many migrators in separate JVMs, released at the same instant against one database with 200 pending
 * revisions, each of which inserts one canary row: every process exits 0, each revision is applied exactly once,
 * the waiting processes say whom they waited for, and no lock is left. Repeated on fresh databases.
 */
class ReliabilityMultiProcessTest {
  static final int REVISIONS = 200;
  static final int ROUNDS = Integer.getInteger("retort.reliability.rounds", 3);
  private static final Pattern WAITED = Pattern.compile("waiting for the migration lock, held by pid (\\d+)"
      + " \\(application '(retort-child-\\d+)', user \\S+, since \\S+\\)");

  @TempDir
  Path dir;

  /** Releases every child at once (they wait for a file), waits for them all, returns them. */
  private List<Children.Child> race(int processes, String name, java.util.function.IntFunction<List<String>> args)
      throws Exception {
    Path start = dir.resolve(name + ".go");
    List<Children.Child> children = new ArrayList<>();
    for (int i = 0; i < processes; i++) {
      List<String> a = new ArrayList<>(args.apply(i));
      a.add("start=" + start);
      children.add(Children.start(dir, name + "-" + i, a));
    }
    for (Children.Child c : children) {
      c.awaitLine("READY", Duration.ofSeconds(60));
    }
    Files.createFile(start);
    for (Children.Child c : children) {
      assertEquals(0, c.await(Duration.ofSeconds(180)), c.name() + ":\n" + c.stdout() + c.stderr());
    }
    return children;
  }

  private static int applied(Children.Child c) {
    Matcher m = Pattern.compile("RESULT applied=(\\d+)").matcher(c.stdout());
    assertTrue(m.find(), c.stdout());
    return Integer.parseInt(m.group(1));
  }

  private static void assertAppliedExactlyOnce(javax.sql.DataSource ds, List<Children.Child> children)
      throws Exception {
    assertEquals(REVISIONS, children.stream().mapToInt(ReliabilityMultiProcessTest::applied).sum());
    List<String> ids = IntStream.rangeClosed(1, REVISIONS).mapToObj(Fixture::id).toList();
    assertEquals(ids, Db.canary(ds));
    assertEquals(ids, Db.column(ds, "SELECT revision_id FROM retort_history WHERE direction = 'up'"
        + " ORDER BY installed_rank"));
    assertEquals(REVISIONS, Db.count(ds, "SELECT count(*) FROM retort_history"));
    assertEquals(List.of(Fixture.id(REVISIONS)), Db.heads(ds));
    for (Children.Child c : children) {
      assertFalse((c.stdout() + c.stderr()).contains("database is locked"), c.name() + ": " + c.stderr());
      assertFalse(c.stderr().contains("Exception"), c.name() + ": " + c.stderr());
    }
  }

  @Test
  void eightProcessesOnPostgresql() throws Exception {
    int waitedTotal = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      long started = System.nanoTime();
      try (TestDatabase db = TestDatabases.postgres()) {
        String url = db.url();
        List<Children.Child> children = race(8, "pg" + round, i -> List.of("url=" + url
            + "&ApplicationName=retort-child-" + i, "user=postgres", "password=", "chain=canary:" + REVISIONS));
        assertAppliedExactlyOnce(db.dataSource(), children);
        List<String> winners = children.stream().filter(c -> applied(c) == REVISIONS)
            .map(c -> "retort-child-" + c.name().substring(c.name().lastIndexOf('-') + 1)).toList();
        assertEquals(1, winners.size());
        for (Children.Child c : children) {
          if (applied(c) > 0) {
            continue;
          }
          Matcher m = WAITED.matcher(c.stderr());
          if (m.find()) {
            waitedTotal++;
            assertFalse(m.group(2).equals("retort-child-" + c.name().substring(c.name().lastIndexOf('-') + 1)),
                c.name() + " waited for itself: " + c.stderr());
            assertTrue(c.stderr().contains("acquired the migration lock after "), c.stderr());
          }
        }
        assertEquals(0, Locks.heldAfterSettling(db.dataSource(), db.schema()));
      }
      System.out.printf("[reliability] 8 PostgreSQL processes, round %d: %d ms%n", round,
          (System.nanoTime() - started) / 1_000_000);
    }
    assertTrue(waitedTotal > 0, "no process ever waited for the lock: the race did not happen");
    System.out.printf("[reliability] %d waiting processes named the holder%n", waitedTotal);
  }

  @ParameterizedTest
  @ValueSource(strings = {"delete", "wal"})
  void fourProcessesOnSqlite(String journalMode) throws Exception {
    for (int round = 1; round <= ROUNDS; round++) {
      long started = System.nanoTime();
      try (TestDatabase db = TestDatabases.sqlite()) {
        assertEquals(List.of(journalMode), Db.column(db.dataSource(), "PRAGMA journal_mode = " + journalMode));
        String url = db.url();
        List<Children.Child> children = race(4, "sqlite-" + journalMode + round, i -> List.of("url=" + url,
            "chain=canary:" + REVISIONS));
        assertAppliedExactlyOnce(db.dataSource(), children);
        assertEquals(List.of("canary", "retort_history", "retort_version"), Db.column(db.dataSource(),
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        Path file = Path.of(url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*", ""));
        assertFalse(Files.exists(Path.of(file + "-journal")), "a rollback journal was left behind");
        try (Stream<Path> files = Files.list(file.getParent())) {
          List<String> left = files.map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith(file.getFileName().toString()))
              .filter(n -> !n.endsWith(".db") && !n.endsWith("-wal") && !n.endsWith("-shm")).toList();
          assertEquals(List.of(), left, "files left beside the database");
        }
      }
      System.out.printf("[reliability] 4 SQLite processes (%s), round %d: %d ms%n", journalMode, round,
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  /**
   * A migrator in another process holds the lock (it hangs before committing its first revision); a second one
   * with a short lock timeout fails naming the holder's pid, application and start, having run nothing.
   */
  @Test
  void lockTimeoutAcrossProcessesNamesTheHolderHavingRunNothing() throws Exception {
    try (TestDatabase db = TestDatabases.postgres()) {
      String url = db.url();
      Children.Child holder = Children.start(dir, "holder", List.of("url=" + url + "&ApplicationName=retort-holder",
          "user=postgres", "password=", "chain=canary:5", "blockBeforeCommit=2"));
      try {
        holder.awaitLine("BLOCKED", Duration.ofSeconds(60));
        int pid = Locks.holderPid(db.dataSource(), db.schema());
        assertTrue(pid > 0);
        Children.Child waiter = Children.start(dir, "waiter", List.of("url=" + url
            + "&ApplicationName=retort-waiter", "user=postgres", "password=", "chain=canary:5", "lockTimeoutMs=1500",
            "trace=true"));
        assertEquals(ErrorCode.LOCK_TIMEOUT.exitCode(), waiter.await(Duration.ofSeconds(60)));
        String error = waiter.awaitLine("ERROR", Duration.ofSeconds(1));
        assertTrue(error.matches("ERROR LOCK_TIMEOUT could not acquire the migration lock \\(PostgreSQL advisory lock"
            + " -?\\d+\\) within 1500 ms: it is held by pid " + pid + " \\(application 'retort-holder', user"
            + " postgres, since \\d{4}-\\d\\d-\\d\\dT\\S+Z\\)\\. Wait for that migration to finish, or end the"
            + " session if it is stuck; .*"), error);
        List<String> statements = waiter.stdout().lines().filter(l -> l.startsWith("STMT ")).toList();
        assertTrue(statements.stream().noneMatch(s -> s.matches("(?i)STMT \\d+ (CREATE|INSERT|ALTER|DROP|DELETE"
            + "|UPDATE).*")), "the waiter ran DDL or DML: " + statements);
      } finally {
        holder.kill();
      }
      assertEquals(0, Locks.heldAfterSettling(db.dataSource(), db.schema()));
      assertEquals(List.of(), Db.heads(db.dataSource()));
      assertFalse(Db.tableExists(db.dataSource(), "canary"));
    }
  }
}
