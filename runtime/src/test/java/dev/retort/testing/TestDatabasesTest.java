package dev.retort.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TestDatabasesTest {
  @RegisterExtension
  final DatabaseExtension perTest = DatabaseExtension.sqlite();

  @Test
  void sqliteIsATempFileDeletedOnClose() throws Exception {
    Path file;
    try (TestDatabase db = TestDatabases.sqlite()) {
      assertTrue(db.url().startsWith("jdbc:sqlite:/"), db.url());
      file = Path.of(db.url().substring("jdbc:sqlite:".length(), db.url().indexOf('?')));
      try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (a INTEGER)");
        try (ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
          rs.next();
          assertEquals(1, rs.getInt(1), "foreign keys are enforced");
        }
      }
      assertTrue(Files.exists(file));
    }
    assertFalse(Files.exists(file));
  }

  @Test
  void postgresIsASchemaDroppedOnClose() throws Exception {
    String schema;
    try (TestDatabase db = TestDatabases.postgres()) {
      schema = db.schema();
      try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT current_schema()")) {
        rs.next();
        assertEquals(schema, rs.getString(1));
      }
    }
    String url = System.getenv().getOrDefault("RETORT_PG_URL", TestDatabases.DEFAULT_PG_URL);
    try (Connection c = DriverManager.getConnection(url, System.getenv().getOrDefault("RETORT_PG_USER", "postgres"),
            System.getenv().getOrDefault("RETORT_PG_PASSWORD", ""));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema + "'")) {
      rs.next();
      assertEquals(0, rs.getInt(1));
    }
  }

  @Test
  void closeReportsLeakedConnections() throws Exception {
    TestDatabase db = TestDatabases.sqlite();
    db.dataSource().getConnection();
    IllegalStateException e = assertThrows(IllegalStateException.class, db::close);
    assertTrue(e.getMessage().startsWith("the test left 1 connection(s) open on jdbc:sqlite:"), e.getMessage());
  }

  @Test
  void closeReportsLeakedStatements() throws Exception {
    TestDatabase db = TestDatabases.sqlite();
    try (Connection c = db.dataSource().getConnection()) {
      c.createStatement();
      c.prepareStatement("SELECT 1").close();
    }
    IllegalStateException e = assertThrows(IllegalStateException.class, db::close);
    assertTrue(e.getMessage().startsWith("the test closed connections with statements still open: [JDBC4Statement]"),
        e.getMessage());
  }

  @Test
  void unwrapReachesTheDriver() throws Exception {
    try (TestDatabase db = TestDatabases.sqlite(); Connection c = db.dataSource().getConnection()) {
      assertTrue(c.isWrapperFor(org.sqlite.SQLiteConnection.class));
    }
  }

  @Test
  void extensionGivesEachTestAFreshDatabase() throws Exception {
    try (Connection c = perTest.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
      rs.next();
      assertEquals(0, rs.getInt(1));
    }
  }
}
