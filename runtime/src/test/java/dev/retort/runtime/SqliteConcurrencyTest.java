package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SQLite's write lock as the migration lock: exactly once under contention, in both journal modes. */
class SqliteConcurrencyTest {
  LiveDb db;

  @BeforeEach
  void open() {
    db = LiveDb.of("sqlite");
  }

  @AfterEach
  void close() throws Exception {
    db.close();
  }

  private Retort retort(Duration timeout) {
    return RetortBuilderAccess.configure(db).lockTimeout(timeout).revisions(TestRevisions.V1.class,
        TestRevisions.V2.class, TestRevisions.V3.class, TestRevisions.V4.class).load();
  }

  private void race(int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<UpgradeResult>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Retort r = retort(Duration.ofSeconds(60));
        results.add(pool.submit(() -> {
          start.await();
          return r.upgrade("head");
        }));
      }
      start.countDown();
      int applied = 0;
      for (Future<UpgradeResult> f : results) {
        applied += f.get().applied().size();
      }
      assertEquals(4, applied);
      assertEquals(List.of("0001", "0002", "0003", "0004"), db.column("SELECT rev FROM canary ORDER BY rev"));
      assertEquals(4, db.column("SELECT revision_id FROM retort_history").size());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void fourMigratorsInRollbackJournalMode() throws Exception {
    assertEquals(List.of("delete"), db.column("PRAGMA journal_mode"));
    race(4);
    assertLeavesNoLockFiles();
  }

  @Test
  void fourMigratorsInWalMode() throws Exception {
    assertEquals(List.of("wal"), db.column("PRAGMA journal_mode = WAL"));
    race(4);
  }

  private void assertLeavesNoLockFiles() throws Exception {
    Path file = Path.of(db.url().substring("jdbc:sqlite:".length()).replaceFirst("\\?.*", ""));
    assertFalse(Files.exists(Path.of(file + "-journal")));
    assertEquals(List.of("canary", "note", "retort_history", "retort_version", "tag", "todo"),
        db.column("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
  }

  @Test
  void timesOutWhileAnotherConnectionWrites() throws Exception {
    try (Connection other = db.dataSource.getConnection(); Statement st = other.createStatement()) {
      st.execute("BEGIN IMMEDIATE");
      LockTimeoutException e = assertThrows(LockTimeoutException.class,
          () -> retort(Duration.ofMillis(300)).upgrade("head"));
      assertEquals("could not take SQLite's write lock within 300 ms: another connection is writing to the database"
          + " (SQLite cannot tell which); the wait is set with Retort.configure().lockTimeout(...) or --lock-timeout",
          e.getMessage());
      st.execute("ROLLBACK");
    }
    assertEquals(List.of(), db.column("SELECT name FROM sqlite_master WHERE type = 'table'"));
  }

  @Test
  void saysWhenItWaitsForAnotherWriter() throws Exception {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger("dev.retort");
    List<String> messages = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.logging.Handler handler = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord record) {
        messages.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    java.util.logging.Level level = logger.getLevel();
    logger.setLevel(java.util.logging.Level.INFO);
    logger.addHandler(handler);
    try (Connection other = db.dataSource.getConnection(); Statement st = other.createStatement()) {
      st.execute("BEGIN IMMEDIATE");
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<UpgradeResult> upgrade = pool.submit(() -> retort(Duration.ofSeconds(30)).upgrade("head"));
        Thread.sleep(800);
        st.execute("ROLLBACK");
        assertEquals(4, upgrade.get().applied().size());
      } finally {
        pool.shutdown();
      }
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(level);
    }
    assertTrue(messages.contains("waiting for SQLite's write lock: another connection is writing to the database"),
        messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("acquired SQLite's write lock after ")),
        messages.toString());
  }
}
