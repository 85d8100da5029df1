package dev.retort.runtime;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A fresh test database (from {@link TestDatabases}) with the few queries the engine's tests assert with. */
final class LiveDb implements AutoCloseable {
  final TestDatabase database;
  final DataSource dataSource;
  final String kind;

  private LiveDb(TestDatabase database) {
    this.database = database;
    this.dataSource = database.dataSource();
    this.kind = database.kind().dialectName();
  }

  static LiveDb of(String kind) {
    return new LiveDb(TestDatabases.create(kind.equals("sqlite") ? TestDatabase.Kind.SQLITE
        : TestDatabase.Kind.POSTGRESQL));
  }

  String url() {
    return database.url();
  }

  /** The first column of every row of a query. */
  List<String> column(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
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
    try {
      database.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot drop the test database " + url(), e);
    }
  }
}
