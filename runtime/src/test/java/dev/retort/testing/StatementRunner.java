package dev.retort.testing;

import dev.retort.runtime.dialect.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs rendered {@link Statement}s the way the migrator does, for tests of the dialects (the real migrator is
 * elsewhere): {@code BEFORE_TRANSACTION} statements with auto-commit, then one transaction for the
 * transactional and {@code ASSERT_EMPTY} statements (an {@code ASSERT_EMPTY} query that returns a row rolls it
 * back), then {@code AFTER_TRANSACTION} statements whether it committed or not. {@code NON_TRANSACTIONAL}
 * statements run with auto-commit, in order, after committing what came before them.
 */
public final class StatementRunner {
  private StatementRunner() {}

  /** Thrown when an {@code ASSERT_EMPTY} statement returned rows; the transaction was rolled back. */
  public static final class AssertionFailed extends SQLException {
    private static final long serialVersionUID = 1L;

    AssertionFailed(String sql, String firstRow) {
      super("expected no rows from " + sql + " but got: " + firstRow);
    }
  }

  public static void run(Connection c, List<Statement> statements) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    List<Statement> after = new ArrayList<>();
    try {
      c.setAutoCommit(true);
      for (Statement s : statements) {
        if (s.kind() == Statement.Kind.BEFORE_TRANSACTION) {
          execute(c, s);
        } else if (s.kind() == Statement.Kind.AFTER_TRANSACTION) {
          after.add(s);
        }
      }
      c.setAutoCommit(false);
      try {
        for (Statement s : statements) {
          switch (s.kind()) {
            case TRANSACTIONAL -> execute(c, s);
            case ASSERT_EMPTY -> assertEmpty(c, s);
            case NON_TRANSACTIONAL -> {
              c.commit();
              c.setAutoCommit(true);
              execute(c, s);
              c.setAutoCommit(false);
            }
            default -> { }
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } finally {
      c.setAutoCommit(true);
      for (Statement s : after) {
        execute(c, s);
      }
      c.setAutoCommit(autoCommit);
    }
  }

  private static void bind(PreparedStatement ps, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      Object v = parameters.get(i);
      if (v == null) {
        ps.setNull(i + 1, Types.NULL);
      } else {
        ps.setObject(i + 1, v);
      }
    }
  }

  private static void execute(Connection c, Statement s) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(s.sql())) {
      bind(ps, s.parameters());
      ps.execute();
    } catch (SQLException e) {
      throw new SQLException(e.getMessage() + " [in: " + s.sql() + "]", e.getSQLState(), e);
    }
  }

  private static void assertEmpty(Connection c, Statement s) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(s.sql())) {
      bind(ps, s.parameters());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
            row.append(i > 1 ? ", " : "").append(rs.getMetaData().getColumnLabel(i)).append('=').append(rs.getObject(i));
          }
          throw new AssertionFailed(s.sql(), row.toString());
        }
      }
    }
  }
}
