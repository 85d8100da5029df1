package dev.retort.runtime.sql;

import dev.retort.runtime.dialect.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Executes batches on one connection: {@code BEFORE_TRANSACTION} statements, then the transaction (guard, work,
 * bookkeeping, commit), then {@code AFTER_TRANSACTION} statements whatever happened. {@code ASSERT_EMPTY}
 * queries fail with the rows they returned. {@link #close()} gives the connection back with the settings it had
 * when the sink was opened (autocommit and the given session settings, such as SQLite's
 * {@code PRAGMA foreign_keys}), so a pooled connection leaves unchanged.
 *
 * <p>A transaction starts with the given {@link TransactionStart} (SQLite's {@code BEGIN IMMEDIATE}, which takes
 * the write lock up front and so waits for other writers instead of failing half-way; it then ends with
 * {@code COMMIT} or {@code ROLLBACK} statements), else with {@code setAutoCommit(false)}.
 */
public final class JdbcSink implements SqlSink, AutoCloseable {
  private static final int MAX_ROWS_SHOWN = 10;

  /** A session setting to capture when the sink opens and restore when it closes. */
  public record SessionSetting(String readSql, String writeSqlFormat) {
    public SessionSetting {
      Objects.requireNonNull(readSql, "readSql");
      Objects.requireNonNull(writeSqlFormat, "writeSqlFormat");
    }
  }

  /** Starts a transaction with a statement on a connection in autocommit mode, e.g. {@code BEGIN IMMEDIATE}. */
  public interface TransactionStart {
    void begin(Connection connection) throws SQLException;
  }

  private final Connection connection;
  private final TransactionStart start;
  private final boolean originalAutoCommit;
  private final List<SessionSetting> settings;
  private final List<String> originalValues;

  private JdbcSink(Connection connection, TransactionStart start, boolean originalAutoCommit, List<SessionSetting> settings,
      List<String> originalValues) {
    this.connection = connection;
    this.start = start;
    this.originalAutoCommit = originalAutoCommit;
    this.settings = settings;
    this.originalValues = originalValues;
  }

  /**
   * Captures the connection's settings and puts it in autocommit mode.
   *
   * @param start how a transaction starts, or null to use {@code setAutoCommit(false)}
   */
  public static JdbcSink open(Connection connection, TransactionStart start, List<SessionSetting> settings)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    List<String> values = new ArrayList<>();
    for (SessionSetting s : settings) {
      try (java.sql.Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(s.readSql())) {
        values.add(rs.next() ? rs.getString(1) : null);
      }
    }
    if (!autoCommit) {
      connection.commit();
      connection.setAutoCommit(true);
    }
    return new JdbcSink(connection, start, autoCommit, List.copyOf(settings), values);
  }

  public Connection connection() {
    return connection;
  }

  @Override
  public Duration run(SqlBatch batch) throws StatementFailedException, StaleStateException {
    List<SqlStep> before = new ArrayList<>();
    List<SqlStep> main = new ArrayList<>();
    List<SqlStep> after = new ArrayList<>();
    for (SqlStep s : batch.work()) {
      switch (s.statement().kind()) {
        case BEFORE_TRANSACTION -> before.add(s);
        case AFTER_TRANSACTION -> after.add(s);
        default -> main.add(s);
      }
    }
    Throwable primary = null;
    try {
      refuseClaims(before);
      refuseClaims(after);
      for (SqlStep s : before) {
        execute(s, false);
      }
      return batch.transactional() ? inTransaction(batch, main) : outsideTransaction(batch, main);
    } catch (StatementFailedException | StaleStateException | RuntimeException | Error e) {
      primary = e;
      throw e;
    } finally {
      for (SqlStep s : after) {
        try {
          execute(s, true);
        } catch (StatementFailedException | StaleStateException e) {
          if (primary == null) {
            throw e;
          }
          primary.addSuppressed(e);
        }
      }
    }
  }

  private Duration inTransaction(SqlBatch batch, List<SqlStep> main) throws StatementFailedException,
      StaleStateException {
    begin();
    try {
      checkGuard(batch);
      long start = System.nanoTime();
      for (SqlStep s : main) {
        execute(s, false);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      for (SqlStep s : batch.record().apply(took)) {
        execute(s, false);
      }
      commit();
      return took;
    } catch (StatementFailedException | StaleStateException | RuntimeException | Error e) {
      rollback(e);
      throw e;
    }
  }

  /** Work in autocommit, then its record in a transaction; claims are refused, as nothing could roll back. */
  private Duration outsideTransaction(SqlBatch batch, List<SqlStep> main) throws StatementFailedException,
      StaleStateException {
    refuseClaims(main);
    checkGuard(batch);
    long start = System.nanoTime();
    for (SqlStep s : main) {
      execute(s, false);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    List<SqlStep> record = batch.record().apply(took);
    refuseClaims(record);
    begin();
    try {
      for (SqlStep s : record) {
        execute(s, true);
      }
      commit();
      return took;
    } catch (StatementFailedException | StaleStateException | RuntimeException | Error e) {
      rollback(e);
      throw e;
    }
  }

  private static void refuseClaims(List<SqlStep> steps) {
    for (SqlStep s : steps) {
      if (s.claim()) {
        throw new IllegalStateException("a claim runs inside a transaction only: " + s.operation());
      }
    }
  }

  private void checkGuard(SqlBatch batch) throws StatementFailedException, StaleStateException {
    SqlBatch.Guard guard = batch.guard();
    if (guard == null) {
      return;
    }
    Set<String> found = new HashSet<>();
    try (PreparedStatement ps = prepare(guard.query().statement()); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        found.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new StatementFailedException(guard.query(), e, false);
    }
    if (!found.equals(guard.expected())) {
      throw new StaleStateException("expected " + guard.expected() + " but found " + found);
    }
  }

  private void begin() throws StatementFailedException {
    try {
      if (start != null) {
        start.begin(connection);
      } else {
        connection.setAutoCommit(false);
      }
    } catch (SQLException e) {
      throw new StatementFailedException(null, e, false);
    }
  }

  private void commit() throws StatementFailedException {
    try {
      if (start != null) {
        try (java.sql.Statement st = connection.createStatement()) {
          st.execute("COMMIT");
        }
      } else {
        connection.commit();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StatementFailedException(null, e, false);
    }
  }

  /** Rolls back; a failing rollback (SQLite may have ended the transaction itself) never replaces the error. */
  private void rollback(Throwable primary) {
    try {
      if (start != null) {
        try (java.sql.Statement st = connection.createStatement()) {
          st.execute("ROLLBACK");
        }
      } else {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      primary.addSuppressed(e);
    }
  }

  private void execute(SqlStep step, boolean workCompleted) throws StatementFailedException, StaleStateException {
    Statement statement = step.statement();
    int changed = -1;
    try (PreparedStatement ps = prepare(statement)) {
      if (statement.kind() == Statement.Kind.ASSERT_EMPTY) {
        try (ResultSet rs = ps.executeQuery()) {
          List<String> rows = new ArrayList<>();
          int columns = rs.getMetaData().getColumnCount();
          int count = 0;
          while (rs.next()) {
            count++;
            if (rows.size() < MAX_ROWS_SHOWN) {
              List<String> values = new ArrayList<>();
              for (int i = 1; i <= columns; i++) {
                values.add(String.valueOf(rs.getString(i)));
              }
              rows.add("(" + String.join(", ", values) + ")");
            }
          }
          if (count > 0) {
            throw new SQLException("the check returned " + count + " row(s) where none were expected: "
                + String.join(", ", rows) + (count > rows.size() ? ", ..." : ""));
          }
        }
      } else if (step.claim()) {
        changed = ps.executeUpdate();
      } else {
        ps.execute();
      }
    } catch (SQLException e) {
      throw new StatementFailedException(step, e, workCompleted);
    }
    if (step.claim() && changed != 1) {
      throw new StaleStateException(step.operation() + " changed " + changed + " row(s) where 1 was expected");
    }
  }

  private PreparedStatement prepare(Statement statement) throws SQLException {
    PreparedStatement ps = connection.prepareStatement(statement.sql());
    try {
      List<Object> parameters = statement.parameters();
      for (int i = 0; i < parameters.size(); i++) {
        ps.setObject(i + 1, parameters.get(i));
      }
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  /** Restores the settings the connection had when the sink was opened. */
  @Override
  public void close() throws SQLException {
    SQLException failure = null;
    for (int i = 0; i < settings.size(); i++) {
      String value = originalValues.get(i);
      if (value == null) {
        continue;
      }
      try (java.sql.Statement st = connection.createStatement()) {
        st.execute(String.format(settings.get(i).writeSqlFormat(), value));
      } catch (SQLException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    try {
      if (connection.getAutoCommit() != originalAutoCommit) {
        connection.setAutoCommit(originalAutoCommit);
      }
    } catch (SQLException e) {
      if (failure == null) {
        failure = e;
      } else {
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
