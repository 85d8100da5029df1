package dev.retort.runtime;

import dev.retort.runtime.sql.JdbcSink;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/**
 * How migrators on one database exclude each other, per database. PostgreSQL: a session-level advisory lock on a
 * dedicated connection ({@link PostgresAdvisoryLock}). SQLite: the database's own write lock, taken by each
 * revision's {@code BEGIN IMMEDIATE} with a busy timeout; each batch then re-checks the version table inside that
 * lock, so concurrent processes apply each revision exactly once and leave no lock table or file behind. Other
 * databases: no lock beyond that re-check.
 */
abstract class MigrationLock {

  /** A held lock; closing releases it and never throws. */
  interface Held extends AutoCloseable {
    @Override
    void close();
  }

  static MigrationLock forDialect(String dialectName) {
    return switch (dialectName) {
      case "postgresql" -> new PostgresAdvisoryLock();
      case "sqlite" -> new SqliteWriteLock();
      default -> new NoLock();
    };
  }

  /** Takes the lock before the first revision; returns when held. */
  abstract Held acquire(DataSource dataSource, String versionTable, Duration timeout, System.Logger log);

  /** How a revision's transaction starts, or null for {@code setAutoCommit(false)}. */
  JdbcSink.TransactionStart transactionStart(Duration timeout, System.Logger log) {
    return null;
  }

  /** Session settings the migrator changes on its working connection, captured and restored by the sink. */
  List<JdbcSink.SessionSetting> sessionSettings() {
    return List.of();
  }

  /** Applies the settings the lock needs on the working connection (e.g. SQLite's busy timeout). */
  void prepare(Connection connection, Duration timeout) throws SQLException {}

  /** Whether a failure to start a transaction means another migrator holds the database. */
  boolean isBusy(SQLException e) {
    return false;
  }

  /** The message for a lock that {@link #isBusy} reported, naming the option that sets the wait. */
  String busyMessage(Duration timeout) {
    return "the database stayed locked by another connection for " + timeout.toMillis() + " ms; "
        + RetortBuilder.LOCK_TIMEOUT_HINT;
  }

  private static final class NoLock extends MigrationLock {
    @Override
    Held acquire(DataSource dataSource, String versionTable, Duration timeout, System.Logger log) {
      return () -> { };
    }
  }

  private static final class SqliteWriteLock extends MigrationLock {
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final long FIRST_TRY_MILLIS = 200;

    @Override
    Held acquire(DataSource dataSource, String versionTable, Duration timeout, System.Logger log) {
      return () -> { };
    }

    /**
     * {@code BEGIN IMMEDIATE} after a short busy timeout; when another connection is writing, logs that it waits
     * and tries again with the rest of the timeout. The full timeout is back in place once the lock is held, so
     * the commit too may wait for readers.
     */
    @Override
    JdbcSink.TransactionStart transactionStart(Duration timeout, System.Logger log) {
      long full = Math.min(Integer.MAX_VALUE, timeout.toMillis());
      long first = Math.min(full, FIRST_TRY_MILLIS);
      return connection -> {
        try (java.sql.Statement st = connection.createStatement()) {
          st.execute("PRAGMA busy_timeout = " + first);
          try {
            st.execute("BEGIN IMMEDIATE");
          } catch (SQLException e) {
            if (!isBusy(e) || first >= full) {
              throw e;
            }
            log.log(System.Logger.Level.INFO, "waiting for SQLite's write lock: another connection is writing to"
                + " the database");
            long start = System.nanoTime();
            st.execute("PRAGMA busy_timeout = " + (full - first));
            st.execute("BEGIN IMMEDIATE");
            log.log(System.Logger.Level.INFO, "acquired SQLite's write lock after "
                + (first + (System.nanoTime() - start) / 1_000_000) + " ms");
          }
          st.execute("PRAGMA busy_timeout = " + full);
        }
      };
    }

    @Override
    List<JdbcSink.SessionSetting> sessionSettings() {
      return List.of(new JdbcSink.SessionSetting("PRAGMA busy_timeout", "PRAGMA busy_timeout = %s"),
          new JdbcSink.SessionSetting("PRAGMA foreign_keys", "PRAGMA foreign_keys = %s"));
    }

    @Override
    void prepare(Connection connection, Duration timeout) throws SQLException {
      try (java.sql.Statement st = connection.createStatement()) {
        st.execute("PRAGMA busy_timeout = " + Math.min(Integer.MAX_VALUE, timeout.toMillis()));
      }
    }

    @Override
    boolean isBusy(SQLException e) {
      int code = e.getErrorCode() & 0xff;
      return code == SQLITE_BUSY || code == SQLITE_LOCKED;
    }

    @Override
    String busyMessage(Duration timeout) {
      return "could not take SQLite's write lock within " + timeout.toMillis() + " ms: another connection is"
          + " writing to the database (SQLite cannot tell which); " + RetortBuilder.LOCK_TIMEOUT_HINT;
    }
  }
}
