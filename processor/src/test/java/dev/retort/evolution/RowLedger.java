package dev.retort.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.ops.DropColumn;
import dev.retort.ops.DropTable;
import dev.retort.ops.Op;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Rows inserted during an evolution and the values they must still hold: every later step's renames are
 * followed, dropped columns and tables are forgotten, and every remaining value must read back as it did right
 * after its insert.
 */
final class RowLedger {
  /** One inserted row: its table, id, and column values as read back after the insert. */
  private static final class Row {
    String table;
    final long id;
    final Map<String, String> values;

    Row(String table, long id, Map<String, String> values) {
      this.table = table;
      this.id = id;
      this.values = values;
    }
  }

  private final TestDatabase.Kind kind;
  private final List<Row> rows = new ArrayList<>();
  private long serial = 1000;

  RowLedger(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  /** Applies the renames and drops of one revision's upgrade to the expected rows. */
  void follow(List<Op> ops) {
    for (Op op : ops) {
      if (op instanceof RenameTable r) {
        rows.stream().filter(x -> x.table.equals(r.from())).forEach(x -> x.table = r.to());
      } else if (op instanceof DropTable d) {
        rows.removeIf(x -> x.table.equals(d.table().name()));
      } else if (op instanceof RenameColumn r) {
        for (Row x : rows) {
          if (x.table.equals(r.table()) && x.values.containsKey(r.from())) {
            x.values.put(r.to(), x.values.remove(r.from()));
          }
        }
      } else if (op instanceof DropColumn d) {
        rows.stream().filter(x -> x.table.equals(d.table())).forEach(x -> x.values.remove(d.column().name()));
      }
    }
  }

  void verify(DataSource dataSource, Supplier<String> context) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      for (Row row : rows) {
        Map<String, String> actual = read(c, row.table, row.id, new ArrayList<>(row.values.keySet()));
        assertEquals(row.values, actual, () -> context.get() + "\nrow " + row.id + " of " + row.table);
      }
    }
  }

  /**
   * Backfills the columns a step added to earlier rows (as a developer's backfill would, so that a later step may
   * make them NOT NULL), then inserts one row into every table, with a value in every column but foreign keys.
   */
  void insert(DataSource dataSource, Schema schema) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      for (Row row : rows) {
        Table t = schema.table(row.table).orElse(null);
        if (t != null) {
          backfill(c, t, row);
        }
      }
      for (Table t : schema.tables()) {
        long id = ++serial;
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column col : t.columns()) {
          if (col.name().equals("id")) {
            values.put("id", id);
          } else if (!foreignKey(t, col)) {
            values.put(col.name(), value(t, col, id));
          }
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(quote(t.name())).append(" (");
        sql.append(String.join(", ", values.keySet().stream().map(RowLedger::quote).toList())).append(") VALUES (");
        sql.append(String.join(", ", values.keySet().stream().map(k -> "?").toList())).append(')');
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
          int i = 1;
          for (Object v : values.values()) {
            ps.setObject(i++, v);
          }
          ps.executeUpdate();
        }
        List<String> columns = new ArrayList<>(values.keySet());
        rows.add(new Row(t.name(), id, read(c, t.name(), id, columns)));
      }
    }
  }

  private void backfill(Connection c, Table t, Row row) throws SQLException {
    List<String> added = new ArrayList<>();
    for (Column col : t.columns()) {
      if (!foreignKey(t, col) && !row.values.containsKey(col.name())) {
        added.add(col.name());
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + quote(t.name()) + " SET " + quote(col.name())
            + " = ? WHERE " + quote("id") + " = ?")) {
          ps.setObject(1, value(t, col, row.id));
          ps.setLong(2, row.id);
          ps.executeUpdate();
        }
      }
    }
    row.values.putAll(read(c, t.name(), row.id, added));
  }

  /** Foreign key columns stay NULL: the ledger inserts no rows they could reference. */
  private static boolean foreignKey(Table t, Column col) {
    return t.foreignKeys().stream().anyMatch(f -> f.columns().contains(col.name()));
  }

  private Object value(Table t, Column col, long n) {
    boolean enumColumn = t.checkConstraints().stream().map(CheckConstraint::expression)
        .anyMatch(e -> e.contains(col.name()));
    ColumnType type = col.type();
    Object v = switch (type.kind()) {
      case BOOLEAN -> n % 2 == 0;
      case TINYINT, SMALLINT -> (int) (n % 100);
      case INTEGER -> (int) n;
      case BIGINT -> n;
      case REAL, DOUBLE -> n + 0.5;
      case DECIMAL -> new BigDecimal(n + ".25");
      case CHAR -> "c";
      case VARCHAR, CLOB -> enumColumn ? "GREEN" : "s" + n;
      case DATE -> LocalDate.of(2024, 1, 1).plusDays(n % 300);
      case TIME, TIME_TZ -> LocalTime.of(10, (int) (n % 60));
      case TIMESTAMP -> LocalDateTime.of(2024, 1, 1, 10, 0).plusMinutes(n);
      case TIMESTAMP_TZ -> OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC).plusMinutes(n);
      case UUID -> new UUID(0, n);
      case BINARY, VARBINARY, BLOB -> new byte[] {1, 2, (byte) n};
      case CUSTOM -> "s" + n;
    };
    // SQLite's driver binds no java.time or UUID values; give it their ISO text, as applications do.
    if (kind == TestDatabase.Kind.SQLITE && (v instanceof java.time.temporal.Temporal || v instanceof UUID)) {
      return v.toString();
    }
    return v;
  }

  private static Map<String, String> read(Connection c, String table, long id, List<String> columns)
      throws SQLException {
    Map<String, String> values = new LinkedHashMap<>();
    if (columns.isEmpty()) {
      return values;
    }
    String sql = "SELECT " + String.join(", ", columns.stream().map(RowLedger::quote).toList()) + " FROM "
        + quote(table) + " WHERE " + quote("id") + " = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          values.put("<row>", "missing");
          return values;
        }
        for (String col : columns) {
          values.put(col, normalize(rs.getString(col)));
        }
      }
    }
    return values;
  }

  /** Numbers compare by value across a type change (integer to bigint, numeric precision). */
  private static String normalize(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
