package dev.retort.runtime.dialect;

import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropIndex;
import dev.retort.ops.Execute;
import dev.retort.ops.InsertRows;
import dev.retort.ops.Op;
import dev.retort.ops.OpVisitor;
import dev.retort.ops.UpdateRows;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What SQLite and PostgreSQL render alike: double-quoted identifiers, literals, data operations, indexes and
 * the constraint clauses of {@code CREATE TABLE}. Not API: each dialect is its own public class.
 */
abstract class BaseDialect implements Dialect {
  /** Most rows per {@code INSERT} statement. */
  static final int ROWS_PER_INSERT = 500;

  /** Most parameters per statement: SQLite before 3.32 allows 999 (PostgreSQL 65535). */
  static final int MAX_PARAMETERS = 999;

  @Override
  public String quote(String identifier) {
    if (identifier == null || identifier.isEmpty()) {
      throw new IllegalArgumentException("an identifier must not be empty");
    }
    if (identifier.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("an identifier must not contain NUL: " + identifier.replace('\0', '?'));
    }
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  @Override
  public List<Statement> render(Op op, Schema before) {
    return op.accept(renderer(before));
  }

  /** The visitor that renders one operation against {@code before}. */
  abstract OpVisitor<List<Statement>> renderer(Schema before);

  /**
   * The value bound as a JDBC parameter for {@code value}: the dialect turns values its driver cannot bind
   * (or binds in a form the database cannot compare) into ones it can. Online and offline scripts agree:
   * {@link #literal} renders the same value.
   */
  abstract Object bind(Object value);

  @Override
  public String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof String s) {
      return quoteString(s);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return nonFiniteLiteral(d);
      }
      return value.toString();
    }
    if (value instanceof Boolean b) {
      return booleanLiteral(b);
    }
    if (value instanceof UUID u) {
      return uuidLiteral(u);
    }
    if (value instanceof byte[] bytes) {
      return bytesLiteral(HexFormat.of().withUpperCase().formatHex(bytes));
    }
    if (value instanceof LocalDate || value instanceof LocalTime || value instanceof LocalDateTime
        || value instanceof OffsetTime || value instanceof OffsetDateTime || value instanceof Instant
        || value instanceof ZonedDateTime) {
      return temporalLiteral(value);
    }
    throw unsupported(value);
  }

  static IllegalArgumentException unsupported(Object value) {
    return new IllegalArgumentException("cannot bind a value of type " + value.getClass().getName()
        + "; supported: null, String, Boolean, Byte, Short, Integer, Long, BigInteger, Float, Double, BigDecimal,"
        + " LocalDate, LocalTime, LocalDateTime, OffsetTime, OffsetDateTime, ZonedDateTime, Instant, UUID, byte[]");
  }

  static String quoteString(String s) {
    if (s.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a string literal must not contain NUL");
    }
    return "'" + s.replace("'", "''") + "'";
  }

  /**
   * The SQL a value for {@code column} is bound through, {@code ?} unless the dialect stores the column's type
   * differently from how values are bound; {@code column} is null when the promised schema does not know it.
   */
  String parameter(Column column) {
    return "?";
  }

  abstract String booleanLiteral(boolean value);

  abstract String nonFiniteLiteral(double value);

  abstract String uuidLiteral(UUID value);

  /** A byte string literal from upper-case hex digits. */
  abstract String bytesLiteral(String hex);

  abstract String temporalLiteral(Object value);

  /** Instants and zoned date-times are bound and written as offset date-times in UTC or their own offset. */
  static OffsetDateTime offsetDateTime(Object value) {
    if (value instanceof Instant i) {
      return i.atOffset(ZoneOffset.UTC);
    }
    if (value instanceof ZonedDateTime z) {
      return z.toOffsetDateTime();
    }
    return (OffsetDateTime) value;
  }

  String columns(List<String> names) {
    List<String> quoted = new ArrayList<>();
    for (String n : names) {
      quoted.add(quote(n));
    }
    return String.join(", ", quoted);
  }

  String createIndexSql(String table, Index index, boolean concurrently) {
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "")
        + quote(index.name()) + " ON " + quote(table) + " (" + columns(index.columns()) + ")";
  }

  String uniqueClause(UniqueConstraint u) {
    return "CONSTRAINT " + quote(u.name()) + " UNIQUE (" + columns(u.columns()) + ")";
  }

  String foreignKeyClause(ForeignKey fk) {
    StringBuilder sql = new StringBuilder("CONSTRAINT ").append(quote(fk.name()))
        .append(" FOREIGN KEY (").append(columns(fk.columns())).append(") REFERENCES ")
        .append(quote(fk.referencedTable())).append(" (").append(columns(fk.referencedColumns())).append(')');
    if (fk.onDelete() != ForeignKey.Action.NO_ACTION) {
      sql.append(" ON DELETE ").append(fk.onDelete().sql());
    }
    if (fk.onUpdate() != ForeignKey.Action.NO_ACTION) {
      sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
    }
    return sql.toString();
  }

  String checkClause(CheckConstraint check) {
    return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")";
  }

  /** {@code CREATE TABLE} with every column and constraint clause the dialect puts inline, then its indexes. */
  List<Statement> createTable(Table table, String createdName) {
    List<Statement> out = new ArrayList<>();
    out.add(createTableStatement(table, createdName));
    for (Index index : table.indexes()) {
      out.add(Statement.of(createIndexSql(createdName, index, false)));
    }
    return out;
  }

  /** {@code CREATE TABLE} alone, named {@code createdName}. */
  Statement createTableStatement(Table table, String createdName) {
    List<String> parts = new ArrayList<>(columnDefinitions(table));
    parts.addAll(constraintClauses(table));
    return Statement.of("CREATE TABLE " + quote(createdName) + " (" + String.join(", ", parts) + ")");
  }

  abstract List<String> columnDefinitions(Table table);

  /** Primary key, unique, foreign key and check clauses, in that order. */
  abstract List<String> constraintClauses(Table table);

  /** The operations every dialect renders the same way. */
  abstract class Renderer implements OpVisitor<List<Statement>> {
    final Schema before;

    Renderer(Schema before) {
      this.before = before;
    }

    /** The promised column, or null when {@code before} does not know it. */
    Column column(String table, String column) {
      return before.table(table).flatMap(t -> t.column(column)).orElse(null);
    }

    @Override
    public List<Statement> visitCreateIndex(CreateIndex op) {
      return List.of(Statement.of(createIndexSql(op.table(), op.index(), false)));
    }

    @Override
    public List<Statement> visitDropIndex(DropIndex op) {
      return List.of(Statement.of("DROP INDEX " + quote(op.index().name())));
    }

    @Override
    public List<Statement> visitExecute(Execute op) {
      return List.of(Statement.of(op.sqlFor(name())));
    }

    @Override
    public List<Statement> visitInsertRows(InsertRows op) {
      List<Statement> out = new ArrayList<>();
      String head = "INSERT INTO " + quote(op.table()) + " (" + columns(op.columns()) + ") VALUES ";
      List<String> parameters = new ArrayList<>();
      for (String column : op.columns()) {
        parameters.add(parameter(column(op.table(), column)));
      }
      String tuple = "(" + String.join(", ", parameters) + ")";
      List<List<Object>> rows = op.rows();
      int perStatement = Math.max(1, Math.min(ROWS_PER_INSERT, MAX_PARAMETERS / Math.max(1, op.columns().size())));
      for (int start = 0; start < rows.size(); start += perStatement) {
        List<List<Object>> chunk = rows.subList(start, Math.min(rows.size(), start + perStatement));
        List<String> tuples = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (List<Object> row : chunk) {
          tuples.add(tuple);
          for (Object v : row) {
            params.add(bind(v));
          }
        }
        out.add(new Statement(head + String.join(", ", tuples), params, Statement.Kind.TRANSACTIONAL));
      }
      return out;
    }

    @Override
    public List<Statement> visitUpdateRows(UpdateRows op) {
      List<String> sets = new ArrayList<>();
      List<Object> params = new ArrayList<>();
      for (Map.Entry<String, Object> e : op.values().entrySet()) {
        sets.add(quote(e.getKey()) + " = " + parameter(column(op.table(), e.getKey())));
        params.add(bind(e.getValue()));
      }
      for (Object p : op.whereParameters()) {
        params.add(bind(p));
      }
      String sql = "UPDATE " + quote(op.table()) + " SET " + String.join(", ", sets)
          + (op.where() == null ? "" : " WHERE " + op.where());
      return List.of(new Statement(sql, params, Statement.Kind.TRANSACTIONAL));
    }
  }
}
