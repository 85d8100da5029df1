package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Separate JVMs start the command line at once against one database with 200 pending revisions: every process
 * succeeds, each revision is applied exactly once, and no lock remains. About a minute on two cores, so it runs
 * in CI ({@code CI=true}) or when asked ({@code -Dretort.multiprocess=true} or {@code RETORT_MULTIPROCESS=true}).
 */
@EnabledIf("enabled")
class MultiProcessTest {
  static boolean enabled() {
    return "true".equals(System.getenv("CI")) || "true".equals(System.getenv("RETORT_MULTIPROCESS"))
        || Boolean.getBoolean("retort.multiprocess");
  }

  @TempDir
  Path dir;

  private List<Process> start(int processes, String url) throws Exception {
    Path services = dir.resolve("index/META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(RevisionCatalog.class.getName()), ManyRevisionsCatalog.class.getName() + "\n");
    String classpath = dir.resolve("index") + File.pathSeparator + System.getProperty("java.class.path");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> out = new ArrayList<>();
    for (int i = 0; i < processes; i++) {
      ProcessBuilder pb = new ProcessBuilder(java, "-cp", classpath, "dev.retort.cli.Main", "--url", url,
          "--lock-timeout", "120", "upgrade");
      pb.redirectOutput(dir.resolve("out" + i + ".txt").toFile());
      pb.redirectError(dir.resolve("err" + i + ".txt").toFile());
      out.add(pb.start());
    }
    return out;
  }

  private List<String> finish(List<Process> processes) throws Exception {
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < processes.size(); i++) {
      Process p = processes.get(i);
      assertTrue(p.waitFor(180, TimeUnit.SECONDS), "process " + i + " did not finish");
      String err = Files.readString(dir.resolve("err" + i + ".txt"), StandardCharsets.UTF_8);
      assertEquals(0, p.exitValue(), err);
      errors.add(err);
    }
    return errors;
  }

  /** No session holds Retort's advisory lock (a killed process's session may take a moment to end). */
  private static void assertNoLockRemains(LiveDb db) throws Exception {
    long key = PostgresAdvisoryLock.key(db.database.schema(), "retort_version");
    String sql = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
        + " AND classid::bigint = " + (key >>> 32) + " AND objid::bigint = " + (key & 0xFFFFFFFFL);
    for (int i = 0; i < 50 && !db.column(sql).equals(List.of("0")); i++) {
      Thread.sleep(100);
    }
    assertEquals(List.of("0"), db.column(sql));
  }

  private static void assertExactlyOnce(LiveDb db) throws Exception {
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= ManyRevisionsCatalog.COUNT; i++) {
      expected.add(ManyRevisionsCatalog.id(i));
    }
    assertEquals(expected, db.column("SELECT rev FROM canary ORDER BY rev"));
    assertEquals(expected, db.column("SELECT revision_id FROM retort_history ORDER BY installed_rank"));
    assertEquals(List.of(ManyRevisionsCatalog.id(ManyRevisionsCatalog.COUNT)),
        db.column("SELECT version_id FROM retort_version"));
  }

  @Test
  void eightProcessesOnPostgres() throws Exception {
    for (int round = 0; round < 2; round++) {
      try (LiveDb db = LiveDb.of("postgresql")) {
        List<String> logs = finish(start(8, db.url()));
        assertExactlyOnce(db);
        assertTrue(logs.stream().anyMatch(l -> l.contains("waiting for the migration lock, held by pid ")),
            String.join("\n", logs));
        assertNoLockRemains(db);
      }
    }
  }

  @Test
  void fourProcessesOnSqliteInBothJournalModes() throws Exception {
    for (String mode : List.of("delete", "wal")) {
      try (LiveDb db = LiveDb.of("sqlite")) {
        assertEquals(List.of(mode), db.column("PRAGMA journal_mode = " + mode));
        finish(start(4, db.url()));
        assertExactlyOnce(db);
        Path file = Path.of(db.url().substring("jdbc:sqlite:".length()).replaceFirst("\\?.*", ""));
        assertTrue(Files.notExists(Path.of(file + "-journal")));
      }
    }
  }

  /** Kills a migrating process with SIGKILL at several moments; the next run completes, exactly once. */
  private void crashAndRecover(String kind) throws Exception {
    List<Integer> appliedAtKill = new ArrayList<>();
    for (long delay : new long[] {700, 1100, 1500, 1900, 2300}) {
      try (LiveDb db = LiveDb.of(kind)) {
        List<Process> one = start(1, db.url());
        Thread.sleep(delay);
        one.get(0).destroyForcibly();
        one.get(0).waitFor(30, TimeUnit.SECONDS);
        appliedAtKill.add(db.tableExists("retort_history")
            ? db.column("SELECT revision_id FROM retort_history").size() : 0);
        Retort r = Retort.configure().dataSource(db.dataSource).discover(false).lockTimeout(
            java.time.Duration.ofSeconds(30)).revisions(new ManyRevisionsCatalog()).load();
        r.upgrade("head");
        assertExactlyOnce(db);
        if (kind.equals("postgresql")) {
          assertNoLockRemains(db);
        }
      }
    }
    assertTrue(appliedAtKill.stream().anyMatch(n -> n > 0 && n < ManyRevisionsCatalog.COUNT),
        "no kill landed mid-run: " + appliedAtKill);
  }

  @Test
  void aKilledMigratorOnPostgresIsRecoveredByTheNextRun() throws Exception {
    crashAndRecover("postgresql");
  }

  @Test
  void aKilledMigratorOnSqliteIsRecoveredByTheNextRun() throws Exception {
    crashAndRecover("sqlite");
  }
}
