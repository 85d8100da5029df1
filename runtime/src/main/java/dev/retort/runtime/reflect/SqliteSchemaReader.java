package dev.retort.runtime.reflect;

import dev.retort.runtime.dialect.SqliteDialect;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a SQLite database's main schema from {@code sqlite_master} and the {@code table_info},
 * {@code index_list}, {@code index_info} and {@code foreign_key_list} pragmas, with constraint names, check
 * expressions and {@code AUTOINCREMENT} taken from the {@code CREATE TABLE} text ({@link SqliteDdl}).
 *
 * <p>Lossy points, all mirrored by {@link SqliteDialect#normalize}:
 * <ul>
 *   <li>types are the declared names, mapped back by {@link SqliteDialect#columnType};
 *   <li>defaults are the declared text, in {@link SqliteDialect#canonicalDefault} form;
 *   <li>identity is an {@code INTEGER PRIMARY KEY AUTOINCREMENT} column; no comments, no sequences;
 *   <li>a constraint declared without a name gets one: a unique constraint its index's name
 *       ({@code sqlite_autoindex_<table>_<n>}), a foreign key {@code fk_<table>_<n>}, a check
 *       {@code check_<n>}; a primary key without a name has none;
 *   <li>expression and partial indexes are not read (the model has no place for them), and an index's sort
 *       order and collation are not kept;
 *   <li>renaming a column rewrites SQLite's stored check expressions, while the model keeps the text it was
 *       given: a check that names a renamed column reads back with the new name.
 * </ul>
 */
final class SqliteSchemaReader implements SchemaReader {
  private static final String TABLES =
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

  @Override
  public Schema read(Connection connection) throws SQLException {
    List<Table> tables = new ArrayList<>();
    for (Map.Entry<String, String> e : tables(connection, null).entrySet()) {
      tables.add(table(connection, e.getKey(), SqliteDdl.parse(e.getValue())));
    }
    return new Schema(tables, List.of());
  }

  @Override
  public Optional<Table> readTable(Connection connection, String name) throws SQLException {
    Map<String, String> found = tables(connection, name);
    String ddl = found.get(name);
    return ddl == null ? Optional.empty() : Optional.of(table(connection, name, SqliteDdl.parse(ddl)));
  }

  /** Table names and their CREATE TABLE text, all or the one named {@code only}; Retort's own skipped. */
  private static Map<String, String> tables(Connection connection, String only) throws SQLException {
    Map<String, String> ddl = new TreeMap<>();
    try (PreparedStatement ps = connection.prepareStatement(TABLES + (only == null ? "" : " AND name = ?"))) {
      if (only != null) {
        ps.setString(1, only);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String name = rs.getString(1);
          if (!name.startsWith(RETORT_PREFIX)) {
            ddl.put(name, rs.getString(2));
          }
        }
      }
    }
    return ddl;
  }

  private record ColumnInfo(String name, String type, boolean notNull, String defaultValue, int pk) {}

  private static List<ColumnInfo> columns(Connection c, String table) throws SQLException {
    List<ColumnInfo> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ColumnInfo(rs.getString(1), rs.getString(2), rs.getInt(3) != 0, rs.getString(4), rs.getInt(5)));
        }
      }
    }
    return out;
  }

  private Table table(Connection c, String name, SqliteDdl ddl) throws SQLException {
    Table.Builder b = Table.named(name);
    List<ColumnInfo> infos = columns(c, name);
    Map<Integer, String> keyColumns = new TreeMap<>();
    for (ColumnInfo info : infos) {
      if (info.pk() > 0) {
        keyColumns.put(info.pk(), info.name());
      }
    }
    for (ColumnInfo info : infos) {
      boolean identity = ddl.autoincrement && keyColumns.size() == 1 && info.pk() == 1
          && info.type() != null && info.type().toUpperCase(Locale.ROOT).equals("INTEGER");
      b.column(new Column(info.name(), SqliteDialect.columnType(info.type()), !info.notNull(),
          identity ? null : SqliteDialect.canonicalDefault(info.defaultValue()), identity, null));
    }
    if (!keyColumns.isEmpty()) {
      b.primaryKey(new PrimaryKey(ddl.primaryKeyName, List.copyOf(keyColumns.values())));
    }
    readIndexes(c, name, ddl, b);
    readForeignKeys(c, name, ddl, b);
    ddl.checks.forEach(b::check);
    return b.build();
  }

  private static void readIndexes(Connection c, String table, SqliteDdl ddl, Table.Builder b) throws SQLException {
    List<String[]> list = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) ORDER BY name")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          list.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
    }
    for (String[] ix : list) {
      String origin = ix[2];
      if ("pk".equals(origin) || "1".equals(ix[3])) {
        continue;
      }
      List<String> columns = indexColumns(c, ix[0]);
      if (columns == null) {
        continue;
      }
      if ("u".equals(origin)) {
        String constraintName = ix[0];
        for (SqliteDdl.UniqueDecl u : ddl.uniques) {
          if (u.name() != null && sameColumns(u.columns(), columns)) {
            constraintName = u.name();
            break;
          }
        }
        b.unique(new UniqueConstraint(constraintName, columns));
      } else {
        b.index(new Index(ix[0], columns, "1".equals(ix[1])));
      }
    }
  }

  /** The index's columns in order, or null for an index on expressions. */
  private static List<String> indexColumns(Connection c, String index) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_index_info(?) ORDER BY seqno")) {
      ps.setString(1, index);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String n = rs.getString(1);
          if (n == null) {
            return null;
          }
          out.add(n);
        }
      }
    }
    return out.isEmpty() ? null : out;
  }

  private static boolean sameColumns(List<String> declared, List<String> actual) {
    if (declared.size() != actual.size()) {
      return false;
    }
    for (int i = 0; i < declared.size(); i++) {
      if (!SqliteDdl.sameName(declared.get(i), actual.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static final class FkRows {
    String table;
    final List<String> from = new ArrayList<>();
    final List<String> to = new ArrayList<>();
    String onUpdate;
    String onDelete;
  }

  private void readForeignKeys(Connection c, String table, SqliteDdl ddl, Table.Builder b) throws SQLException {
    Map<Integer, FkRows> byId = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(?)"
            + " ORDER BY id, seq")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          FkRows fk = byId.computeIfAbsent(rs.getInt(1), k -> new FkRows());
          fk.table = rs.getString(3);
          fk.from.add(rs.getString(4));
          fk.to.add(rs.getString(5));
          fk.onUpdate = rs.getString(6);
          fk.onDelete = rs.getString(7);
        }
      }
    }
    List<SqliteDdl.ForeignKeyDecl> unmatched = new ArrayList<>(ddl.foreignKeys);
    for (Map.Entry<Integer, FkRows> e : byId.entrySet()) {
      FkRows fk = e.getValue();
      List<String> to = fk.to;
      if (to.contains(null)) {
        to = referencedKey(c, fk.table);
      }
      String name = null;
      for (SqliteDdl.ForeignKeyDecl d : unmatched) {
        if (d.name() != null && SqliteDdl.sameName(d.referencedTable(), fk.table) && sameColumns(d.columns(), fk.from)) {
          name = d.name();
          unmatched.remove(d);
          break;
        }
      }
      if (name == null) {
        name = "fk_" + table + "_" + e.getKey();
      }
      b.foreignKey(new ForeignKey(name, fk.from, fk.table, to, action(fk.onDelete), action(fk.onUpdate)));
    }
  }

  private static List<String> referencedKey(Connection c, String table) throws SQLException {
    Map<Integer, String> key = new TreeMap<>();
    for (ColumnInfo info : columns(c, table)) {
      if (info.pk() > 0) {
        key.put(info.pk(), info.name());
      }
    }
    return List.copyOf(key.values());
  }

  private static ForeignKey.Action action(String sql) {
    if (sql == null) {
      return ForeignKey.Action.NO_ACTION;
    }
    return ForeignKey.Action.valueOf(sql.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
  }
}
