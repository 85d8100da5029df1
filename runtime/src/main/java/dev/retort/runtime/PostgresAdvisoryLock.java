package dev.retort.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

/**
 * PostgreSQL's session-level advisory lock, held on a dedicated connection: a crash ends the session and so
 * releases it, and a non-transactional statement on the working connection cannot deadlock against it. The key
 * is derived from a constant, the current schema and the version table, so two applications in different schemas
 * of one database do not wait for each other. Acquired by polling {@code pg_try_advisory_lock} until the timeout;
 * the timeout's message names the holder from {@code pg_locks} and {@code pg_stat_activity}.
 */
final class PostgresAdvisoryLock extends MigrationLock {
  private static final long MAX_POLL_MILLIS = 1000;

  @Override
  Held acquire(DataSource dataSource, String versionTable, Duration timeout, System.Logger log) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new DatabaseException("cannot open a connection for the migration lock: " + e.getMessage(), e);
    }
    boolean autoCommit = true;
    try {
      autoCommit = connection.getAutoCommit();
      if (!autoCommit) {
        connection.setAutoCommit(true);
      }
      long key = key(currentSchema(connection), versionTable);
      long start = System.nanoTime();
      long deadline = start + timeout.toNanos();
      long pause = 50;
      boolean announced = false;
      while (!tryLock(connection, key)) {
        if (!announced) {
          log.log(System.Logger.Level.INFO, "waiting for the migration lock, held by " + holder(connection, key));
          announced = true;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new LockTimeoutException("could not acquire the migration lock (PostgreSQL advisory lock " + key
              + ") within " + timeout.toMillis() + " ms: it is held by " + holder(connection, key)
              + ". Wait for that migration to finish, or end the session if it is stuck; "
              + RetortBuilder.LOCK_TIMEOUT_HINT, Duration.ofNanos(System.nanoTime() - start), null);
        }
        sleep(Math.min(pause, Math.max(1, left / 1_000_000)));
        pause = Math.min(MAX_POLL_MILLIS, pause * 2);
      }
      if (announced) {
        log.log(System.Logger.Level.INFO, "acquired the migration lock after "
            + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
      }
      boolean handedOutAutoCommit = autoCommit;
      return () -> release(connection, key, handedOutAutoCommit);
    } catch (SQLException e) {
      DatabaseException failure = new DatabaseException("cannot take the migration lock: " + e.getMessage(), e);
      giveBack(connection, autoCommit, failure);
      throw failure;
    } catch (RuntimeException e) {
      giveBack(connection, autoCommit, e);
      throw e;
    }
  }

  /** Closes a connection that never held the lock, with the autocommit mode it was handed out with. */
  private static void giveBack(Connection connection, boolean autoCommit, Throwable primary) {
    if (!autoCommit) {
      try {
        connection.setAutoCommit(false);
      } catch (SQLException e) {
        primary.addSuppressed(e);
      }
    }
    closeQuietly(connection, primary);
  }

  private static String currentSchema(Connection connection) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT current_schema()");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return String.valueOf(rs.getString(1));
    }
  }

  /** The lock key: the first eight bytes of SHA-256 over a constant, the schema and the version table. */
  static long key(String schema, String versionTable) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(("dev.retort.migration-lock\0" + schema + "\0" + versionTable).getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  private static boolean tryLock(Connection connection, long key) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      ps.setLong(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  /** Who holds the lock, as far as the database tells: pid, application name, user, since when. */
  static String holder(Connection connection, long key) {
    String sql = "SELECT a.pid, a.application_name, a.usename, a.query_start FROM pg_locks l"
        + " JOIN pg_stat_activity a ON a.pid = l.pid"
        + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
        + " AND l.classid::bigint = ? AND l.objid::bigint = ?"
        + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, key >>> 32);
      ps.setLong(2, key & 0xFFFFFFFFL);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return "another session (it released the lock while being looked up)";
        }
        String app = rs.getString(2);
        Timestamp since = rs.getTimestamp(4);
        return "pid " + rs.getInt(1) + " (application '" + (app == null ? "" : app) + "', user "
            + rs.getString(3) + (since == null ? "" : ", since " + since.toInstant()) + ")";
      }
    } catch (SQLException e) {
      return "another session (the holder could not be looked up: " + e.getMessage() + ")";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LockTimeoutException("interrupted while waiting for the migration lock", Duration.ZERO, e);
    }
  }

  /**
   * Unlocks and closes. When the unlock fails the session is aborted instead, so a pooled connection cannot keep
   * the lock; nothing here throws, so the original outcome of the run stands.
   */
  private static void release(Connection connection, long key, boolean autoCommit) {
    boolean unlocked = false;
    try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      ps.setLong(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        unlocked = rs.next() && rs.getBoolean(1);
      }
      if (!autoCommit) {
        connection.setAutoCommit(false);
      }
    } catch (SQLException e) {
      unlocked = false;
    }
    if (!unlocked) {
      try {
        Executor direct = Runnable::run;
        connection.abort(direct);
      } catch (SQLException | RuntimeException ignored) {
        // The connection is being discarded; ending its session is what releases the lock.
      }
    }
    closeQuietly(connection, null);
  }

  private static void closeQuietly(Connection connection, Throwable primary) {
    try {
      connection.close();
    } catch (SQLException e) {
      if (primary != null) {
        primary.addSuppressed(e);
      }
    }
  }
}
