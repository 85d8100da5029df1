package dev.retort.runtime.reflect;

import dev.retort.runtime.dialect.Dialect;
import dev.retort.runtime.dialect.Dialects;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads a live database's schema into a {@link Schema}: the reflection half of {@code check()}.
 *
 * <pre>{@code
 * Schema live = SchemaReader.forDialect(dialect).read(connection);
 * boolean drifted = !live.equals(dialect.normalize(promised));
 * }</pre>
 *
 * <p>Reads only; runs a handful of catalog queries on the given connection and leaves it as it found it. Tables
 * whose names start with {@code retort_} (the version and history tables, rebuild temporaries) are skipped.
 */
public interface SchemaReader {
  /** The schema of the connection's current schema (PostgreSQL) or main database (SQLite). */
  Schema read(Connection connection) throws SQLException;

  /**
   * One table of the connection's current schema, or empty when there is none of that exact name: what the
   * migrator compares with the promised table before a SQLite rebuild ({@code Dialect.tablesRebuilt}).
   */
  Optional<Table> readTable(Connection connection, String table) throws SQLException;

  /** The reader for a dialect, by {@link Dialect#name()}. */
  static SchemaReader forDialect(Dialect dialect) {
    return switch (dialect.name()) {
      case "sqlite" -> new SqliteSchemaReader();
      case "postgresql" -> new PostgresSchemaReader();
      default -> throw new IllegalArgumentException(
          "no schema reader for dialect " + dialect.name() + "; supported: " + String.join(", ", Dialects.names()));
    };
  }

  /** Reads the schema of the database behind {@code dataSource}, choosing the reader from its metadata. */
  static Schema read(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return forDialect(Dialects.forMetaData(c.getMetaData())).read(c);
    }
  }

  /** Tables and sequences whose names start with this are Retort's own, and reflection skips them. */
  String RETORT_PREFIX = "retort_";
}
