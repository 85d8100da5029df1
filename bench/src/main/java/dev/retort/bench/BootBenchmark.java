package dev.retort.bench;

import dev.retort.runtime.Retort;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Boot with nothing pending over 1,000 applied revisions: from a ready pooled {@code DataSource} to "up to date"
 * (configure, load the catalog, upgrade to head), against one plain JDBC round trip reading the version table.
 */
final class BootBenchmark {
  private static final int REVISIONS = 1000;

  private final BenchDatabase db;

  BootBenchmark(BenchDatabase.Kind kind, Path work) {
    this.db = new BenchDatabase(kind, work);
  }

  Sampler.Comparison run() throws Exception {
    SyntheticRevisions catalog = new SyntheticRevisions(REVISIONS);
    try (db) {
      db.fresh();
      Retort.configure().dataSource(db.dataSource()).discover(false).revisions(catalog).load().upgrade("head");
      return Sampler.compare("boot, nothing pending, 1,000 applied revisions, " + name(), 200, 1000, 2.0, false,
          () -> Retort.configure().dataSource(db.dataSource()).discover(false).revisions(catalog).load()
              .upgrade("head"),
          () -> {
            try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM retort_version")) {
              while (rs.next()) {
                rs.getString(1);
              }
            }
          });
    }
  }

  private String name() {
    return db.kind == BenchDatabase.Kind.SQLITE ? "SQLite" : "PostgreSQL";
  }
}
