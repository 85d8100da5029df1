package dev.retort.reliability;

import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.dialect.Dialect;
import dev.retort.runtime.dialect.Dialects;
import dev.retort.runtime.reflect.SchemaReader;
import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Queries the reliability tests assert with, run on their own connection. */
final class Db {
  private Db() {}

  /** The first column of every row. */
  static List<String> column(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }

  static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  static long count(DataSource ds, String sql) throws SQLException {
    return Long.parseLong(column(ds, sql).get(0));
  }

  static Dialect dialect(DataSource ds) throws SQLException {
    return Dialects.forDataSource(ds);
  }

  /** The live schema as reflection reads it (Retort's own tables skipped). */
  static Schema live(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      return SchemaReader.forDialect(Dialects.forMetaData(c.getMetaData())).read(c);
    }
  }

  /** The schema reflection must read after the first {@code applied} revisions of a chain. */
  static Schema expected(Dialect dialect, List<RevisionDescriptor> revisions, int applied) {
    return dialect.normalize(Fixture.promised(revisions, applied));
  }

  /** The version table's heads, sorted; empty when it does not exist. */
  static List<String> heads(DataSource ds) throws SQLException {
    if (!tableExists(ds, "retort_version")) {
      return List.of();
    }
    return column(ds, "SELECT version_id FROM retort_version ORDER BY version_id");
  }

  static boolean tableExists(DataSource ds, String table) throws SQLException {
    try (Connection c = ds.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), table, new String[] {"TABLE"})) {
      return rs.next();
    }
  }

  /** Canary rows, sorted; empty when the table does not exist. */
  static List<String> canary(DataSource ds) throws SQLException {
    return tableExists(ds, "canary") ? column(ds, "SELECT rev FROM canary ORDER BY rev") : List.of();
  }
}
