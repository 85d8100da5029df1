package dev.retort.evolution;

import dev.retort.runtime.reflect.SchemaReader;
import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads a test database's catalog, and runs an offline script on one as a DBA would. */
final class Catalogs {
  private Catalogs() {}

  /**
   * The database's schema, with each table's columns in name order: a column that a downgrade restores comes back
   * last (every database's {@code ADD COLUMN} appends), so position is the one thing the catalogs compared here
   * may legitimately disagree on.
   */
  static Schema reflect(TestDatabase db) throws SQLException {
    Schema live = SchemaReader.read(db.dataSource());
    List<Table> tables = new ArrayList<>();
    for (Table t : live.tables()) {
      List<Column> columns = new ArrayList<>(t.columns());
      columns.sort(Comparator.comparing(Column::name));
      tables.add(t.toBuilder().columns(columns).build());
    }
    return new Schema(tables, live.sequences());
  }

  /** Runs every statement of an offline script, in order, on one connection in autocommit mode. */
  static void runScript(TestDatabase db, String script) throws SQLException {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String sql : statements(script)) {
        try {
          s.execute(sql);
        } catch (SQLException e) {
          throw new SQLException("offline script statement failed: " + sql + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /** Splits a script on semicolons outside quotes, dropping {@code --} comment lines. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    for (String line : script.split("\n", -1)) {
      if (quote == 0 && line.strip().startsWith("--")) {
        continue;
      }
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quote != 0) {
          current.append(c);
          if (c == quote) {
            quote = 0;
          }
        } else if (c == '\'' || c == '"') {
          quote = c;
          current.append(c);
        } else if (c == ';') {
          if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
          }
          current.setLength(0);
        } else {
          current.append(c);
        }
      }
      current.append('\n');
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
