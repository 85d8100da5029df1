package dev.retort.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database the benchmarks can empty between runs, behind a ready HikariCP pool: a SQLite file, or a
 * PostgreSQL schema ({@code RETORT_PG_URL}, default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * {@code RETORT_PG_USER}, default {@code postgres}).
 */
final class BenchDatabase implements AutoCloseable {
  enum Kind { SQLITE, POSTGRES }

  private static final String SCHEMA = "retort_bench";

  final Kind kind;
  private final Path dir;
  private HikariDataSource pool;
  private int generation;

  BenchDatabase(Kind kind, Path dir) {
    this.kind = kind;
    this.dir = dir;
  }

  HikariDataSource dataSource() {
    return pool;
  }

  /** Closes the pool, empties the database and opens a new pool on it. */
  void fresh() throws SQLException, IOException {
    close();
    HikariConfig config = new HikariConfig();
    config.setMaximumPoolSize(3);
    if (kind == Kind.SQLITE) {
      Path file = dir.resolve("bench-" + (++generation) + ".db");
      Files.deleteIfExists(file);
      config.setJdbcUrl("jdbc:sqlite:" + file);
    } else {
      String url = System.getenv().getOrDefault("RETORT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
      config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
      config.setUsername(System.getenv().getOrDefault("RETORT_PG_USER", "postgres"));
      String password = System.getenv("RETORT_PG_PASSWORD");
      if (password != null) {
        config.setPassword(password);
      }
    }
    pool = new HikariDataSource(config);
    if (kind == Kind.POSTGRES) {
      try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        s.execute("CREATE SCHEMA " + SCHEMA);
      }
    }
  }

  /** Opens a pool on an existing SQLite file (a copy of a prepared template). */
  void openFile(Path file) {
    close();
    HikariConfig config = new HikariConfig();
    config.setMaximumPoolSize(3);
    config.setJdbcUrl("jdbc:sqlite:" + file);
    pool = new HikariDataSource(config);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.close();
      pool = null;
    }
  }
}
