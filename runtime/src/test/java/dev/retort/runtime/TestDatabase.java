package dev.retort.runtime;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/** A fresh database for one test: a SQLite temp file, or a new schema in the local PostgreSQL. */
final class TestDatabase implements AutoCloseable {
  static final String PG_URL = System.getenv().getOrDefault("RETORT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String PG_USER = System.getenv().getOrDefault("RETORT_PG_USER", "postgres");

  final String kind;
  final DataSource dataSource;
  final String url;
  private final Runnable cleanup;

  private TestDatabase(String kind, DataSource dataSource, String url, Runnable cleanup) {
    this.kind = kind;
    this.dataSource = dataSource;
    this.url = url;
    this.cleanup = cleanup;
  }

  static TestDatabase sqlite() throws Exception {
    Path dir = Files.createTempDirectory("retort-test");
    Path file = dir.resolve("test.db");
    SQLiteDataSource ds = new SQLiteDataSource();
    String url = "jdbc:sqlite:" + file;
    ds.setUrl(url);
    return new TestDatabase("sqlite", ds, url, () -> {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  static TestDatabase postgres() throws SQLException {
    String schema = "retort_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, System.getenv("RETORT_PG_PASSWORD"))) {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE SCHEMA " + schema);
      }
    } catch (SQLException e) {
      assumeTrue("true".equals(System.getenv("CI")) ? rethrow(e) : false,
          "PostgreSQL is not reachable at " + PG_URL + ": " + e.getMessage());
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(PG_URL);
    ds.setUser(PG_USER);
    ds.setCurrentSchema(schema);
    ds.setApplicationName("retort-test");
    return new TestDatabase("postgresql", ds, PG_URL + "?currentSchema=" + schema, () -> {
      try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, System.getenv("RETORT_PG_PASSWORD"));
          Statement st = c.createStatement()) {
        st.execute("DROP SCHEMA " + schema + " CASCADE");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static boolean rethrow(SQLException e) {
    throw new IllegalStateException("CI=true and PostgreSQL is not reachable", e);
  }

  static TestDatabase of(String kind) throws Exception {
    return kind.equals("sqlite") ? sqlite() : postgres();
  }

  /** The first column of every row of a query. */
  List<String> column(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  /** Runs an offline script on one connection, statement by statement, as a DBA's client would. */
  void runScript(String script) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
      for (String statement : script.split(";\n")) {
        String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
        if (!sql.isEmpty()) {
          st.execute(sql);
        }
      }
    }
  }

  boolean tableExists(String table) throws SQLException {
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), table, new String[] {"TABLE"})) {
      return rs.next();
    }
  }

  @Override
  public void close() {
    cleanup.run();
  }
}
