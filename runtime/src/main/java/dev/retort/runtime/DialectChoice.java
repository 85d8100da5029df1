package dev.retort.runtime;

import dev.retort.runtime.dialect.Dialect;
import dev.retort.runtime.dialect.Dialects;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where the engine meets the dialects and reflection: chooses the dialect for a data source, and provides the
 * live-table checks that a SQLite rebuild and {@code check} need.
 */
final class DialectChoice {
  private DialectChoice() {}

  static Dialect forDataSource(DataSource dataSource) {
    try {
      return Dialects.forDataSource(dataSource);
    } catch (IllegalArgumentException e) {
      throw new RetortConfigurationException(e.getMessage() + "; or give one with Retort.configure().dialect(...)", e);
    } catch (SQLException e) {
      throw new DatabaseException("cannot connect to choose the dialect: " + e.getMessage(), e);
    }
  }

  static Migrator.RebuildCheck rebuildCheck(Dialect dialect) {
    return null;
  }

  /** Compares the live database with the promised schema; null when the dialect cannot reflect. */
  static DriftCheck drift(Dialect dialect) {
    return null;
  }

  /** Reflects a live database and lists how it differs from a promised schema. */
  interface DriftCheck {
    java.util.List<String> differences(java.sql.Connection connection, dev.retort.schema.Schema promised)
        throws java.sql.SQLException;
  }
}
