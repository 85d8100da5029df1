package dev.retort.runtime.reflect;

import dev.retort.runtime.dialect.PostgresDialect;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the connection's current PostgreSQL schema ({@code current_schema()}) from {@code pg_catalog}: tables,
 * columns ({@code format_type}, {@code pg_get_expr} of the default, identity), primary keys, unique
 * constraints, foreign keys with their actions, check constraints, the indexes that back no constraint,
 * sequences not owned by an identity or serial column, and comments.
 *
 * <p>Lossy points, all mirrored by {@link PostgresDialect#normalize}:
 * <ul>
 *   <li>types are PostgreSQL's ({@code format_type}), mapped back by {@link PostgresDialect#columnType}: TINYINT
 *       reads as SMALLINT, BINARY (bytea) as VARBINARY without a length, CLOB and BLOB (oid) as BLOB,
 *       {@code text} as CUSTOM(text);
 *   <li>defaults are PostgreSQL's deparsed text in {@link PostgresDialect#canonicalDefault} form;
 *   <li>a check constraint reads as the expression Retort recorded in its comment; without one (added by
 *       hand), as {@code pg_get_constraintdef} prints it, without the {@code CHECK} keyword;
 *   <li>expression and partial indexes are not read (the model has no place for them), and an index's sort
 *       order, operator classes and {@code INCLUDE} columns are not kept; unique constraints are read as
 *       constraints, and their backing indexes are not listed again as indexes;
 *   <li>a foreign key to a table in another schema names the table without its schema.
 * </ul>
 */
final class PostgresSchemaReader implements SchemaReader {
  private static final String TABLES = "SELECT c.oid, c.relname, obj_description(c.oid, 'pg_class')"
      + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
      + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')";

  private static final String COLUMNS = "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
      + " pg_get_expr(d.adbin, d.adrelid), a.attidentity, col_description(a.attrelid, a.attnum)"
      + " FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
      + " WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";

  private static final String CONSTRAINTS = "SELECT con.conname, con.contype,"
      + " ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(n, i)"
      + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.i),"
      + " ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(n, i)"
      + "   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.i),"
      + " rc.relname, con.confdeltype, con.confupdtype, pg_get_constraintdef(con.oid),"
      + " obj_description(con.oid, 'pg_constraint')"
      + " FROM pg_constraint con LEFT JOIN pg_class rc ON rc.oid = con.confrelid"
      + " WHERE con.conrelid = ? AND con.contype IN ('p', 'u', 'f', 'c') ORDER BY con.conname";

  private static final String INDEXES = "SELECT i.relname, ix.indisunique,"
      + " ARRAY(SELECT a.attname::text FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(n, o)"
      + "   JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.n ORDER BY k.o),"
      + " ix.indnatts, ix.indexprs IS NULL AND ix.indpred IS NULL"
      + " FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid"
      + " WHERE ix.indrelid = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
      + "   WHERE c.conindid = ix.indexrelid AND c.conrelid = ix.indrelid AND c.contype IN ('p', 'u', 'x'))"
      + " ORDER BY i.relname";

  private static final String SEQUENCES = "SELECT c.relname, s.seqstart, s.seqincrement"
      + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_sequence s ON s.seqrelid = c.oid"
      + " WHERE n.nspname = current_schema() AND c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend d"
      + "   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('i', 'a'))"
      + " ORDER BY c.relname";

  @Override
  public Schema read(Connection connection) throws SQLException {
    List<Table> tables = tables(connection, null);
    List<Sequence> sequences = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(SEQUENCES); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (!rs.getString(1).startsWith(RETORT_PREFIX)) {
          sequences.add(Sequence.of(rs.getString(1), rs.getLong(2), rs.getLong(3)));
        }
      }
    }
    return new Schema(tables, sequences);
  }

  @Override
  public Optional<Table> readTable(Connection connection, String name) throws SQLException {
    return tables(connection, name).stream().findFirst();
  }

  /** All tables of the current schema, or the one named {@code only}; Retort's own skipped. */
  private List<Table> tables(Connection connection, String only) throws SQLException {
    List<Object[]> found = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(
        TABLES + (only == null ? "" : " AND c.relname = ?") + " ORDER BY c.relname")) {
      if (only != null) {
        ps.setString(1, only);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (!rs.getString(2).startsWith(RETORT_PREFIX)) {
            found.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
          }
        }
      }
    }
    List<Table> tables = new ArrayList<>();
    for (Object[] t : found) {
      tables.add(table(connection, (Long) t[0], (String) t[1], (String) t[2]));
    }
    return tables;
  }

  private Table table(Connection c, long oid, String name, String comment) throws SQLException {
    Table.Builder b = Table.named(name).comment(comment);
    try (PreparedStatement ps = c.prepareStatement(COLUMNS)) {
      ps.setLong(1, oid);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String identity = rs.getString(5);
          boolean isIdentity = identity != null && !identity.isEmpty();
          b.column(new Column(rs.getString(1), PostgresDialect.columnType(rs.getString(2)), !rs.getBoolean(3),
              isIdentity ? null : PostgresDialect.canonicalDefault(rs.getString(4)), isIdentity, rs.getString(6)));
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement(CONSTRAINTS)) {
      ps.setLong(1, oid);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          constraint(b, rs);
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement(INDEXES)) {
      ps.setLong(1, oid);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<String> columns = strings(rs.getArray(3));
          boolean plain = rs.getBoolean(5) && columns.size() == rs.getInt(4);
          if (plain && !columns.isEmpty()) {
            b.index(new Index(rs.getString(1), columns, rs.getBoolean(2)));
          }
        }
      }
    }
    return b.build();
  }

  private static void constraint(Table.Builder b, ResultSet rs) throws SQLException {
    String name = rs.getString(1);
    List<String> columns = strings(rs.getArray(3));
    switch (rs.getString(2)) {
      case "p" -> b.primaryKey(new PrimaryKey(name, columns));
      case "u" -> b.unique(new UniqueConstraint(name, columns));
      case "f" -> b.foreignKey(new ForeignKey(name, columns, rs.getString(5), strings(rs.getArray(4)),
          action(rs.getString(6)), action(rs.getString(7))));
      case "c" -> {
        String recorded = rs.getString(9);
        b.check(CheckConstraint.of(name, recorded != null && !recorded.isEmpty() ? recorded : checkText(rs.getString(8))));
      }
      default -> throw new IllegalStateException("unexpected constraint type " + rs.getString(2));
    }
  }

  /** {@code CHECK ((a > 0)) NOT VALID} as {@code (a > 0)}. */
  private static String checkText(String definition) {
    String s = definition.trim();
    if (s.endsWith(" NOT VALID")) {
      s = s.substring(0, s.length() - " NOT VALID".length());
    }
    if (s.startsWith("CHECK (") && s.endsWith(")")) {
      s = s.substring("CHECK (".length(), s.length() - 1);
    }
    return s;
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    array.free();
    return Arrays.stream(values).map(String::valueOf).toList();
  }

  private static ForeignKey.Action action(String code) {
    if (code == null) {
      return ForeignKey.Action.NO_ACTION;
    }
    return switch (code) {
      case "r" -> ForeignKey.Action.RESTRICT;
      case "c" -> ForeignKey.Action.CASCADE;
      case "n" -> ForeignKey.Action.SET_NULL;
      case "d" -> ForeignKey.Action.SET_DEFAULT;
      default -> ForeignKey.Action.NO_ACTION;
    };
  }
}
