package dev.retort.runtime;

import dev.retort.runtime.dialect.Dialect;
import javax.sql.DataSource;

/**
 * Where the engine meets the dialects and reflection: chooses the dialect for a data source, and provides the
 * live-table checks that a SQLite rebuild and {@code check} need.
 */
final class DialectChoice {
  private DialectChoice() {}

  static Dialect forDataSource(DataSource dataSource) {
    throw new RetortConfigurationException("no dialect given: call Retort.configure().dialect(...)");
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
