package dev.retort.runtime.dialect;

import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.Execute;
import dev.retort.ops.InsertRows;
import dev.retort.ops.Op;
import dev.retort.ops.OpText;
import dev.retort.ops.OpVisitor;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SchemaReplay;
import dev.retort.ops.UpdateRows;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType.Kind;
import dev.retort.schema.ColumnType;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders operations to SQLite SQL. What SQLite's {@code ALTER TABLE} cannot do (alter a column, add or drop a
 * primary key, unique constraint, foreign key or check, add a column it refuses, drop a column it refuses) is
 * rendered as the table rebuild of {@link SqliteRebuild}, from the promised schema.
 *
 * <pre>{@code
 * Dialect sqlite = new SqliteDialect();
 * List<Statement> sql = sqlite.render(new AlterColumn("todos", from, to), promisedBefore);
 * }</pre>
 *
 * <p>Types are declared with names reflection reads back: BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, REAL,
 * DOUBLE, NUMERIC(p,s), CHAR(n), VARCHAR(n), CLOB, BLOB, DATE, TIME(p), TIMESTAMP(p), and CUSTOM definitions
 * verbatim. SQLite stores values by affinity, not by these names; they document intent and make the schema
 * reflectable. Where SQLite has no distinction to keep, the names are those Hibernate ORM's SQLite dialect
 * declares and validates: BINARY, VARBINARY and UUID are BLOB (a UUID is stored as its 16 bytes), and the
 * zoned TIME_TZ and TIMESTAMP_TZ are TIME and TIMESTAMP (their values keep their offset in the text).
 *
 * <p>Identity: an identity column that is the table's whole primary key becomes SQLite's rowid alias, declared
 * {@code "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT} (AUTOINCREMENT so that ids are never reused, as with
 * PostgreSQL identity columns); its declared type is INTEGER whatever the model says (SQLite requires it).
 *
 * <p>Values: booleans are bound and written as 1 and 0; UUIDs as their 16 bytes; java.time values as ISO-8601 text
 * with a space between date and time ({@code 2026-11-23 15:30:00}, the form of SQLite's own
 * {@code CURRENT_TIMESTAMP}), with the offset where the value has one ({@code Z}, {@code +02:00}); byte arrays
 * as blobs ({@code X'CAFE'}). NaN and infinities are refused.
 *
 * <p>What a SQLite database cannot give back, and how {@link #normalize} makes the promised schema read the same
 * way:
 * <ul>
 *   <li>comments: SQLite has none, so they are dropped;
 *   <li>sequences: SQLite has none; a sequence is the one-row table Hibernate ORM's SQLite dialect emulates it
 *       with and validates, {@code "name" ("next_val" BIGINT)} holding the next value, so it reads back as that
 *       table ({@link #sequenceTable}) and the sequence's increment is not kept;
 *   <li>identity: only on a single-column primary key, typed INTEGER; anywhere else the column is an ordinary
 *       column and reads back without identity;
 *   <li>types: only the declared name survives, mapped back by {@link #columnType} (TEXT reads as CLOB, DATETIME
 *       as TIMESTAMP, a CUSTOM definition naming one of the types above as that type); an empty declared type
 *       reads as BLOB;
 *   <li>defaults: an expression other than a literal or {@code CURRENT_*} is declared in parentheses (SQLite
 *       requires it) and reads back that way; {@code NULL} is no default ({@link #canonicalDefault}).
 * </ul>
 * Constraint names survive because Retort declares every constraint {@code CONSTRAINT "name"} in
 * {@code CREATE TABLE}, where reflection reads them.
 */
public final class SqliteDialect extends BaseDialect {
  private final int[] version;

  /** A dialect for SQLite 3.35 or later (DROP COLUMN and RENAME COLUMN in place). */
  public SqliteDialect() {
    this("3.35.0");
  }

  /**
   * A dialect for the given SQLite library version ({@code DatabaseMetaData.getDatabaseProductVersion()}), so
   * that a library without {@code RENAME COLUMN} (before 3.25) or {@code DROP COLUMN} (before 3.35) gets a rebuild
   * instead.
   */
  public SqliteDialect(String version) {
    this.version = parseVersion(version);
  }

  /**
   * The first three parts of the version, split at runs of non-digits (a leading run makes an empty first part,
   * read as 0). By hand rather than with a regular expression: the dialect is chosen at every boot.
   */
  private static int[] parseVersion(String text) {
    String t = text.trim();
    int[] v = new int[3];
    int part = 0;
    int i = 0;
    while (i < t.length() && part < 3) {
      int start = i;
      while (i < t.length() && isDigit(t.charAt(i))) {
        i++;
      }
      if (i > start) {
        v[part++] = Integer.parseInt(t.substring(start, i));
      } else if (start == 0) {
        part++;
      }
      while (i < t.length() && !isDigit(t.charAt(i))) {
        i++;
      }
    }
    return v;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private boolean atLeast(int major, int minor) {
    return version[0] > major || (version[0] == major && version[1] >= minor);
  }

  @Override
  public String name() {
    return "sqlite";
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  @Override
  public String typeSql(ColumnType type) {
    int p = type.precision();
    int n = type.length();
    return switch (type.kind()) {
      case BOOLEAN -> "BOOLEAN";
      case TINYINT -> "TINYINT";
      case SMALLINT -> "SMALLINT";
      case INTEGER -> "INTEGER";
      case BIGINT -> "BIGINT";
      case REAL -> "REAL";
      case DOUBLE -> "DOUBLE";
      case DECIMAL -> p > 0 ? "NUMERIC(" + p + "," + type.scale() + ")" : "NUMERIC";
      case CHAR -> "CHAR" + args(n);
      case VARCHAR -> "VARCHAR" + args(n);
      case CLOB -> "CLOB";
      case BINARY, VARBINARY, UUID -> "BLOB";
      case BLOB -> "BLOB";
      case DATE -> "DATE";
      case TIME -> "TIME" + args(p);
      case TIME_TZ -> "TIME" + args(p);
      case TIMESTAMP -> "TIMESTAMP" + args(p);
      case TIMESTAMP_TZ -> "TIMESTAMP" + args(p);
      case CUSTOM -> type.definition();
    };
  }

  private static String args(int n) {
    return n > 0 ? "(" + n + ")" : "";
  }

  private static final Pattern DECLARED =
      Pattern.compile("([A-Z_][A-Z0-9_ ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

  /**
   * The logical type of a SQLite declared type as {@code PRAGMA table_info} gives it; a name this dialect does
   * not render is {@link Kind#CUSTOM} with the text unchanged.
   */
  public static ColumnType columnType(String declared) {
    String text = declared == null ? "" : declared.trim();
    if (text.isEmpty()) {
      return ColumnType.BLOB;
    }
    Matcher m = DECLARED.matcher(text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
    if (!m.matches()) {
      return ColumnType.custom(text);
    }
    String base = m.group(1).trim();
    Integer a = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Integer b = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    ColumnType known = knownType(base, a, b);
    return known != null ? known : ColumnType.custom(text);
  }

  private static ColumnType knownType(String base, Integer a, Integer b) {
    boolean none = a == null;
    boolean one = a != null && b == null;
    int n = none ? 0 : a;
    switch (base) {
      case "BOOLEAN", "BOOL":
        return none ? ColumnType.BOOLEAN : null;
      case "TINYINT":
        return none ? ColumnType.TINYINT : null;
      case "SMALLINT", "INT2":
        return none ? ColumnType.SMALLINT : null;
      case "INTEGER", "INT", "INT4", "MEDIUMINT":
        return none ? ColumnType.INTEGER : null;
      case "BIGINT", "INT8":
        return none ? ColumnType.BIGINT : null;
      case "REAL", "FLOAT4":
        return none ? ColumnType.REAL : null;
      case "DOUBLE", "DOUBLE PRECISION", "FLOAT", "FLOAT8":
        return none ? ColumnType.DOUBLE : null;
      case "NUMERIC", "DECIMAL":
        if (none) {
          return ColumnType.of(Kind.DECIMAL);
        }
        int scale = b == null ? 0 : b;
        return a > 0 && scale <= a ? ColumnType.decimal(a, scale) : null;
      case "CHAR", "CHARACTER", "NCHAR":
        return none || one ? ColumnType.fixedChar(n) : null;
      case "VARCHAR", "CHARACTER VARYING", "NVARCHAR", "VARYING CHARACTER":
        return none || one ? ColumnType.varchar(n) : null;
      case "CLOB", "TEXT":
        return none ? ColumnType.CLOB : null;
      case "BINARY":
        return none || one ? ColumnType.binary(n) : null;
      case "VARBINARY":
        return none || one ? ColumnType.varbinary(n) : null;
      case "BLOB":
        return none ? ColumnType.BLOB : null;
      case "DATE":
        return none ? ColumnType.DATE : null;
      case "TIME":
        return none || one ? ColumnType.time(n) : null;
      case "TIMETZ":
        return none || one ? ColumnType.timeTz(n) : null;
      case "TIMESTAMP", "DATETIME":
        return none || one ? ColumnType.timestamp(n) : null;
      case "TIMESTAMPTZ":
        return none || one ? ColumnType.timestampTz(n) : null;
      case "UUID":
        return none ? ColumnType.UUID : null;
      default:
        return null;
    }
  }

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");
  private static final Pattern BLOB_LITERAL = Pattern.compile("[xX]'[0-9a-fA-F]*'");
  private static final Set<String> TIME_KEYWORDS = Set.of("CURRENT_TIME", "CURRENT_DATE", "CURRENT_TIMESTAMP");

  /**
   * The form in which a default is declared and read back: literals and {@code CURRENT_*} as they are (keywords
   * upper-cased), any other expression in parentheses, {@code NULL} as no default.
   */
  public static String canonicalDefault(String expression) {
    if (expression == null) {
      return null;
    }
    String s = expression.trim();
    String upper = s.toUpperCase(Locale.ROOT);
    if (s.isEmpty() || upper.equals("NULL")) {
      return null;
    }
    if (upper.equals("TRUE") || upper.equals("FALSE") || TIME_KEYWORDS.contains(upper)) {
      return upper;
    }
    if (isConstant(s) || wrapped(s)) {
      return s;
    }
    return "(" + s + ")";
  }

  /** Whether {@code s} is a literal SQLite accepts in {@code ALTER TABLE ADD COLUMN ... DEFAULT}. */
  private static boolean isConstant(String s) {
    String upper = s.toUpperCase(Locale.ROOT);
    return NUMBER.matcher(s).matches() || STRING.matcher(s).matches() || BLOB_LITERAL.matcher(s).matches()
        || upper.equals("TRUE") || upper.equals("FALSE") || upper.equals("NULL");
  }

  /** Whether {@code s} is one parenthesised expression, e.g. {@code (a + 1)} but not {@code (a) + (b)}. */
  private static boolean wrapped(String s) {
    if (!s.startsWith("(") || !s.endsWith(")")) {
      return false;
    }
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        inString = !inString;
      } else if (!inString && c == '(') {
        depth++;
      } else if (!inString && c == ')') {
        depth--;
        if (depth == 0 && i < s.length() - 1) {
          return false;
        }
      }
    }
    return depth == 0;
  }

  /** Whether the table's primary key is its identity column alone, which SQLite makes the rowid alias. */
  static boolean rowidAlias(Table table, Column c) {
    PrimaryKey pk = table.primaryKey();
    return c.identity() && pk != null && pk.columns().size() == 1 && pk.columns().get(0).equals(c.name());
  }

  /** The column of a sequence's table that holds the sequence's next value, as Hibernate ORM names it. */
  static final String SEQUENCE_VALUE_COLUMN = "next_val";

  /**
   * The table a sequence is on SQLite: Hibernate ORM's emulation ({@code TableStructure}), one nullable BIGINT
   * column {@value #SEQUENCE_VALUE_COLUMN} and one row, which Hibernate reads and advances by its allocation size.
   */
  static Table sequenceTable(Sequence sequence) {
    return Table.named(sequence.name()).column(Column.of(SEQUENCE_VALUE_COLUMN, ColumnType.BIGINT)).build();
  }

  @Override
  public Schema normalize(Schema promised) {
    List<Table> tables = new ArrayList<>();
    for (Sequence sequence : promised.sequences()) {
      tables.add(sequenceTable(sequence));
    }
    for (Table t : promised.tables()) {
      List<Column> columns = new ArrayList<>();
      for (Column c : t.columns()) {
        if (rowidAlias(t, c)) {
          columns.add(new Column(c.name(), ColumnType.INTEGER, false, null, true, null));
        } else {
          columns.add(new Column(c.name(), columnType(typeSql(c.type())), c.nullable(),
              canonicalDefault(c.defaultValue()), false, null));
        }
      }
      tables.add(t.toBuilder().columns(columns).comment(null).build());
    }
    return new Schema(tables, List.of());
  }

  @Override
  Object bind(Object value) {
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw nonFinite(d);
      }
      return value;
    }
    if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
        || value instanceof byte[]) {
      return value;
    }
    if (value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof BigInteger i) {
      if (i.bitLength() < 64) {
        return i.longValue();
      }
      return i.toString();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (value instanceof UUID u) {
      return uuidBytes(u);
    }
    if (value instanceof Temporal) {
      return temporalText(value);
    }
    throw unsupported(value);
  }

  @Override
  String booleanLiteral(boolean value) {
    return value ? "1" : "0";
  }

  @Override
  String nonFiniteLiteral(double value) {
    throw nonFinite(value);
  }

  private static IllegalArgumentException nonFinite(double value) {
    return new IllegalArgumentException("SQLite cannot store " + value + "; it would read back as NULL");
  }

  @Override
  String uuidLiteral(UUID value) {
    return bytesLiteral(java.util.HexFormat.of().formatHex(uuidBytes(value)).toUpperCase(java.util.Locale.ROOT));
  }

  private static byte[] uuidBytes(UUID value) {
    return java.nio.ByteBuffer.allocate(16)
        .putLong(value.getMostSignificantBits())
        .putLong(value.getLeastSignificantBits())
        .array();
  }

  @Override
  String bytesLiteral(String hex) {
    return "X'" + hex + "'";
  }

  @Override
  String temporalLiteral(Object value) {
    return quoteString(temporalText(value));
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_TIME;

  private static String temporalText(Object value) {
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof LocalTime t) {
      return TIME.format(t);
    }
    if (value instanceof LocalDateTime t) {
      return t.toLocalDate() + " " + TIME.format(t.toLocalTime());
    }
    if (value instanceof OffsetTime t) {
      return TIME.format(t.toLocalTime()) + t.getOffset().getId();
    }
    if (value instanceof OffsetDateTime || value instanceof Instant || value instanceof ZonedDateTime) {
      OffsetDateTime t = offsetDateTime(value);
      return t.toLocalDate() + " " + TIME.format(t.toLocalTime()) + t.getOffset().getId();
    }
    throw unsupported(value);
  }

  private String columnDefinition(Table table, Column c) {
    StringBuilder sql = new StringBuilder(quote(c.name())).append(' ');
    if (rowidAlias(table, c)) {
      PrimaryKey pk = table.primaryKey();
      sql.append("INTEGER NOT NULL ");
      if (pk.name() != null) {
        sql.append("CONSTRAINT ").append(quote(pk.name())).append(' ');
      }
      return sql.append("PRIMARY KEY AUTOINCREMENT").toString();
    }
    sql.append(typeSql(c.type()));
    if (!c.nullable()) {
      sql.append(" NOT NULL");
    }
    String d = canonicalDefault(c.defaultValue());
    if (d != null) {
      sql.append(" DEFAULT ").append(d);
    }
    return sql.toString();
  }

  @Override
  List<String> columnDefinitions(Table table) {
    List<String> out = new ArrayList<>();
    for (Column c : table.columns()) {
      out.add(columnDefinition(table, c));
    }
    return out;
  }

  @Override
  List<String> constraintClauses(Table table) {
    List<String> out = new ArrayList<>();
    PrimaryKey pk = table.primaryKey();
    boolean inline = pk != null && pk.columns().size() == 1
        && table.column(pk.columns().get(0)).map(c -> rowidAlias(table, c)).orElse(false);
    if (pk != null && !inline) {
      out.add((pk.name() == null ? "" : "CONSTRAINT " + quote(pk.name()) + " ")
          + "PRIMARY KEY (" + columns(pk.columns()) + ")");
    }
    table.uniqueConstraints().forEach(u -> out.add(uniqueClause(u)));
    table.foreignKeys().forEach(f -> out.add(foreignKeyClause(f)));
    table.checkConstraints().forEach(c -> out.add(checkClause(c)));
    return out;
  }

  /** A table rebuild: the promised table before the operation, after it, and where renamed columns come from. */
  private record Rebuild(Table from, Table to, Map<String, String> renamed) {}

  @Override
  public Set<String> tablesRebuilt(Op op, Schema before) {
    Rebuild r = op.accept(new RebuildDecision(before));
    return r == null ? Set.of() : Set.of(r.from().name());
  }

  @Override
  OpVisitor<List<Statement>> renderer(Schema before) {
    return new SqliteRenderer(before);
  }

  /** Decides which operations need a rebuild; null means SQLite's ALTER TABLE can do it in place. */
  private final class RebuildDecision implements OpVisitor<Rebuild> {
    private final Schema before;

    RebuildDecision(Schema before) {
      this.before = before;
    }

    private Rebuild rebuild(String table, Op op, Map<String, String> renamed) {
      Table from = before.table(table).orElseThrow(() -> new IllegalArgumentException(
          "cannot render " + OpText.describe(op) + " for SQLite: table " + table
              + " is not in the schema the applied revisions promise, and the table rebuild needs its definition"));
      Schema after = SchemaReplay.apply(before, op);
      return new Rebuild(from, after.table(table).orElseThrow(), renamed);
    }

    private Rebuild rebuild(String table, Op op) {
      return rebuild(table, op, Map.of());
    }

    @Override
    public Rebuild visitCreateTable(CreateTable op) {
      return null;
    }

    @Override
    public Rebuild visitDropTable(DropTable op) {
      return null;
    }

    @Override
    public Rebuild visitRenameTable(RenameTable op) {
      return null;
    }

    @Override
    public Rebuild visitAddColumn(AddColumn op) {
      Column c = op.column();
      String d = canonicalDefault(c.defaultValue());
      boolean constantDefault = d == null || isConstant(d);
      boolean inPlace = !c.identity() && constantDefault && (c.nullable() || d != null);
      return inPlace ? null : rebuild(op.table(), op);
    }

    @Override
    public Rebuild visitDropColumn(DropColumn op) {
      Table t = before.table(op.table()).orElse(null);
      boolean inPlace = atLeast(3, 35) && t != null && t.checkConstraints().isEmpty();
      return inPlace ? null : rebuild(op.table(), op);
    }

    @Override
    public Rebuild visitRenameColumn(RenameColumn op) {
      return atLeast(3, 25) ? null : rebuild(op.table(), op, Map.of(op.to(), op.from()));
    }

    /** A change of comment alone changes nothing SQLite stores. */
    @Override
    public Rebuild visitAlterColumn(AlterColumn op) {
      boolean commentOnly = op.from().comment(null).equals(op.to().comment(null));
      return commentOnly ? null : rebuild(op.table(), op);
    }

    @Override
    public Rebuild visitAddPrimaryKey(AddPrimaryKey op) {
      return rebuild(op.table(), op);
    }

    @Override
    public Rebuild visitDropPrimaryKey(DropPrimaryKey op) {
      return rebuild(op.table(), op);
    }

    @Override
    public Rebuild visitCreateIndex(CreateIndex op) {
      return null;
    }

    @Override
    public Rebuild visitDropIndex(DropIndex op) {
      return null;
    }

    @Override
    public Rebuild visitAddUniqueConstraint(AddUniqueConstraint op) {
      return rebuild(op.table(), op);
    }

    @Override
    public Rebuild visitDropUniqueConstraint(DropUniqueConstraint op) {
      return rebuild(op.table(), op);
    }

    @Override
    public Rebuild visitAddForeignKey(AddForeignKey op) {
      return rebuild(op.table(), op);
    }

    @Override
    public Rebuild visitDropForeignKey(DropForeignKey op) {
      return rebuild(op.table(), op);
    }

    @Override
    public Rebuild visitAddCheckConstraint(AddCheckConstraint op) {
      return rebuild(op.table(), op);
    }

    @Override
    public Rebuild visitDropCheckConstraint(DropCheckConstraint op) {
      return rebuild(op.table(), op);
    }

    @Override
    public Rebuild visitCreateSequence(CreateSequence op) {
      return null;
    }

    @Override
    public Rebuild visitDropSequence(DropSequence op) {
      return null;
    }

    @Override
    public Rebuild visitExecute(Execute op) {
      return null;
    }

    @Override
    public Rebuild visitInsertRows(InsertRows op) {
      return null;
    }

    @Override
    public Rebuild visitUpdateRows(UpdateRows op) {
      return null;
    }
  }

  private final class SqliteRenderer extends Renderer {
    SqliteRenderer(Schema before) {
      super(before);
    }

    /** The rebuild for {@code op} if it needs one, else {@code inPlace}. */
    private List<Statement> rebuildOr(Op op, List<Statement> inPlace) {
      Rebuild r = op.accept(new RebuildDecision(before));
      return r == null ? inPlace : SqliteRebuild.plan(SqliteDialect.this, r.from(), r.to(), r.renamed());
    }

    private List<Statement> rebuild(Op op) {
      return rebuildOr(op, List.of());
    }

    private String alter(String table, String action) {
      return "ALTER TABLE " + quote(table) + " " + action;
    }

    @Override
    public List<Statement> visitCreateTable(CreateTable op) {
      return createTable(op.table(), op.table().name());
    }

    @Override
    public List<Statement> visitDropTable(DropTable op) {
      return List.of(Statement.of("DROP TABLE " + quote(op.table().name())));
    }

    @Override
    public List<Statement> visitRenameTable(RenameTable op) {
      return List.of(Statement.of(alter(op.from(), "RENAME TO " + quote(op.to()))));
    }

    @Override
    public List<Statement> visitAddColumn(AddColumn op) {
      Table placeholder = Table.named(op.table()).column(op.column()).build();
      return rebuildOr(op, List.of(Statement.of(alter(op.table(),
          "ADD COLUMN " + columnDefinition(placeholder, op.column())))));
    }

    @Override
    public List<Statement> visitDropColumn(DropColumn op) {
      return rebuildOr(op, List.of(Statement.of(alter(op.table(), "DROP COLUMN " + quote(op.column().name())))));
    }

    @Override
    public List<Statement> visitRenameColumn(RenameColumn op) {
      return rebuildOr(op, List.of(Statement.of(
          alter(op.table(), "RENAME COLUMN " + quote(op.from()) + " TO " + quote(op.to())))));
    }

    @Override
    public List<Statement> visitAlterColumn(AlterColumn op) {
      return rebuildOr(op, List.of());
    }

    @Override
    public List<Statement> visitAddPrimaryKey(AddPrimaryKey op) {
      return rebuild(op);
    }

    @Override
    public List<Statement> visitDropPrimaryKey(DropPrimaryKey op) {
      return rebuild(op);
    }

    @Override
    public List<Statement> visitAddUniqueConstraint(AddUniqueConstraint op) {
      return rebuild(op);
    }

    @Override
    public List<Statement> visitDropUniqueConstraint(DropUniqueConstraint op) {
      return rebuild(op);
    }

    @Override
    public List<Statement> visitAddForeignKey(AddForeignKey op) {
      return rebuild(op);
    }

    @Override
    public List<Statement> visitDropForeignKey(DropForeignKey op) {
      return rebuild(op);
    }

    @Override
    public List<Statement> visitAddCheckConstraint(AddCheckConstraint op) {
      return rebuild(op);
    }

    @Override
    public List<Statement> visitDropCheckConstraint(DropCheckConstraint op) {
      return rebuild(op);
    }

    /** One statement per SQL statement in the text: SQLite's driver would silently run only the first. */
    @Override
    public List<Statement> visitExecute(Execute op) {
      List<Statement> out = new ArrayList<>();
      for (String sql : SqliteScript.split(op.sqlFor(name()))) {
        out.add(Statement.of(sql));
      }
      return out;
    }

    /** The sequence's table, holding its first value: what Hibernate ORM's own SQLite DDL creates. */
    @Override
    public List<Statement> visitCreateSequence(CreateSequence op) {
      Table table = sequenceTable(op.sequence());
      return List.of(createTableStatement(table, table.name()), Statement.of("INSERT INTO " + quote(table.name())
          + " (" + quote(SEQUENCE_VALUE_COLUMN) + ") VALUES (" + op.sequence().start() + ")"));
    }

    @Override
    public List<Statement> visitDropSequence(DropSequence op) {
      return List.of(Statement.of("DROP TABLE " + quote(op.sequence().name())));
    }
  }
}
