package dev.retort.runtime;

import dev.retort.runtime.dialect.Dialect;
import dev.retort.runtime.dialect.Dialects;
import dev.retort.runtime.reflect.Drift;
import dev.retort.runtime.reflect.SchemaReader;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Where the engine meets the dialects and reflection: chooses the dialect for a data source, refuses a SQLite
 * rebuild of a table that drifted from its promised definition, and compares a live schema for {@code check}.
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

  private static Optional<SchemaReader> reader(Dialect dialect) {
    try {
      return Optional.of(SchemaReader.forDialect(dialect));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Before an operation that the dialect performs by rebuilding tables, compares each live table with its
   * promised definition; a difference would be lost by the rebuild, so it is refused naming each one. Null when
   * the dialect cannot reflect.
   */
  static Migrator.RebuildCheck rebuildCheck(Dialect dialect) {
    Optional<SchemaReader> reader = reader(dialect);
    if (reader.isEmpty()) {
      return null;
    }
    return (connection, revision, rebuilt, promised) -> {
      Schema normalized = dialect.normalize(promised);
      List<String> lost = new ArrayList<>();
      for (String name : rebuilt.keySet()) {
        Optional<Table> live = reader.get().readTable(connection, name);
        Optional<Table> expected = normalized.table(name);
        if (live.isPresent() && expected.isPresent()) {
          lost.addAll(Drift.between(expected.get(), live.get()));
        }
      }
      if (!lost.isEmpty()) {
        List<String> what = new ArrayList<>();
        rebuilt.forEach((table, op) -> what.add(table + " (to " + op + ")"));
        throw new SchemaDriftException("revision " + revision + " would rebuild table(s) " + String.join(", ", what)
            + ", but the live table differs from the one the revisions promise, and the rebuild would lose the"
            + " difference:\n  " + String.join("\n  ", lost) + "\nRecord the change in a revision or undo it by hand,"
            + " then run again; `check` lists every difference.");
      }
    };
  }

  /** Compares the live database with a promised schema; null when the dialect cannot reflect. */
  static DriftCheck drift(Dialect dialect, Set<String> ownTables) {
    Optional<SchemaReader> reader = reader(dialect);
    if (reader.isEmpty()) {
      return null;
    }
    return (connection, promised) -> {
      Schema live = reader.get().read(connection);
      for (String own : ownTables) {
        live = live.withoutTable(own);
      }
      return Drift.between(dialect.normalize(promised), live);
    };
  }

  /** Reflects a live database and lists how it differs from a promised schema. */
  interface DriftCheck {
    List<String> differences(Connection connection, Schema promised) throws SQLException;
  }
}
