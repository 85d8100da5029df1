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

/**
 * Where the engine meets the dialects and reflection: chooses the dialect for a data source, refuses a SQLite
 * rebuild of a table that drifted from its promised definition, and compares a live schema for {@code check}.
 */
final class DialectChoice {
  private DialectChoice() {}

  /** The dialect for the database behind a connection, from its metadata (no query on the supported drivers). */
  static Dialect forConnection(Connection connection) {
    try {
      return Dialects.forMetaData(connection.getMetaData());
    } catch (IllegalArgumentException e) {
      throw new RetortConfigurationException(e.getMessage() + "; or give one with Retort.configure().dialect(...)", e);
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the database's metadata to choose the dialect: " + e.getMessage(), e);
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
   * promised definition; a difference would be lost by the rebuild, so it is refused naming each one. Does nothing
   * when the dialect cannot reflect. The reader is made when a rebuild needs it, not at every boot.
   */
  static Migrator.RebuildCheck rebuildCheck(Dialect dialect) {
    return (connection, revision, rebuilt, promised) -> {
      Optional<SchemaReader> reader = reader(dialect);
      if (reader.isEmpty()) {
        return;
      }
      // Only the rebuilt tables: normalizing the whole promised schema for every rebuild would cost the history.
      Schema normalized = dialect.normalize(new Schema(promised.tables().stream()
          .filter(t -> rebuilt.containsKey(t.name())).toList(), List.of()));
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

  /** Whether {@link #drift} can read a live schema for this dialect. */
  static boolean canReflect(Dialect dialect) {
    return reader(dialect).isPresent();
  }

  /**
   * Compares the live database with a promised schema, for a dialect that {@link #canReflect}; the reader is made
   * when {@code check} runs, not at every boot.
   */
  static DriftCheck drift(Dialect dialect, Set<String> ownTables) {
    return (connection, promised) -> {
      SchemaReader reader = reader(dialect).orElseThrow(() -> new IllegalStateException("dialect " + dialect.name()
          + " cannot reflect; ask canReflect first"));
      Schema live = reader.read(connection);
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
