package dev.retort.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh real databases for tests: {@link #sqlite()} on a temp file, {@link #postgres()} as a new schema in the
 * PostgreSQL test database, each dropped by {@link TestDatabase#close()}.
 *
 * <p>PostgreSQL is found at {@code RETORT_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}) as
 * {@code RETORT_PG_USER} (default {@code postgres}) with {@code RETORT_PG_PASSWORD} (default none). When it is
 * unreachable the calling test is skipped with a message saying so, unless {@code CI=true}, where it fails.
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabases.postgres()) { ... db.dataSource() ... }
 * }</pre>
 */
public final class TestDatabases {
  private TestDatabases() {}

  /** Default PostgreSQL URL when {@code RETORT_PG_URL} is not set. */
  public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  /** A fresh database of the given kind. */
  public static TestDatabase create(TestDatabase.Kind kind) {
    return kind == TestDatabase.Kind.SQLITE ? sqlite() : postgres();
  }

  /**
   * A new SQLite database in a temp file ({@code jdbc:sqlite:/tmp/retort-*.db}), with foreign keys enforced on
   * every connection ({@code foreign_keys=true} in the URL), deleted on close.
   */
  public static TestDatabase sqlite() {
    try {
      Path file = Files.createTempFile("retort-", ".db");
      String url = "jdbc:sqlite:" + file.toAbsolutePath() + "?foreign_keys=true";
      SimpleDataSource ds = new SimpleDataSource(url, null, null);
      return new TestDatabase(TestDatabase.Kind.SQLITE, ds, "main", () -> {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
          Files.deleteIfExists(Path.of(file + suffix));
        }
      });
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot create a SQLite temp file", e);
    }
  }

  /**
   * A new, empty PostgreSQL schema that the returned data source's connections use as their current schema;
   * dropped with {@code CASCADE} on close. Skips the test when the server is unreachable (fails under
   * {@code CI=true}).
   */
  public static TestDatabase postgres() {
    String baseUrl = env("RETORT_PG_URL", DEFAULT_PG_URL);
    String user = env("RETORT_PG_USER", "postgres");
    String password = env("RETORT_PG_PASSWORD", "");
    String schema = "retort_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(baseUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA \"" + schema + "\"");
    } catch (SQLException e) {
      String message = "PostgreSQL is not reachable at " + baseUrl + " as user " + user
          + " (" + e.getMessage() + "); set RETORT_PG_URL, RETORT_PG_USER, RETORT_PG_PASSWORD";
      if (inCi()) {
        Assertions.fail(message + "; failing because CI=true", e);
      }
      Assumptions.abort(message + "; skipping (set CI=true to fail instead)");
    }
    String url = baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    SimpleDataSource ds = new SimpleDataSource(url, user, password);
    return new TestDatabase(TestDatabase.Kind.POSTGRESQL, ds, schema, () -> {
      try (Connection c = DriverManager.getConnection(baseUrl, user, password);
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
      }
    });
  }

  /** Whether the environment says this is a CI run ({@code CI=true}). */
  public static boolean inCi() {
    return "true".equals(env("CI", "").toLowerCase(Locale.ROOT));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}
