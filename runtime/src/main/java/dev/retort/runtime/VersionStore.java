package dev.retort.runtime;

import dev.retort.runtime.dialect.Dialect;
import dev.retort.runtime.dialect.Statement;
import dev.retort.runtime.sql.SqlBatch;
import dev.retort.runtime.sql.SqlStep;
import dev.retort.schema.ColumnType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The two version tables, rendered as portable SQL through the dialect's quoting and types.
 *
 * <ul>
 *   <li>{@code retort_version}: one row per current head (as {@code alembic_version}), with the checksum of its
 *       lineage (see {@link Checksums#lineage}) so that a boot with nothing to do needs this one table only.
 *   <li>{@code retort_history}: one row per revision applied, reverted or stamped: id, message, checksum,
 *       direction, when, by which database user, how long, success, whether transactional.
 * </ul>
 *
 * <p>Both are created on first use. Writes are {@link Statement}s that the migrator hands to a
 * {@link dev.retort.runtime.sql.SqlSink} inside the revision's transaction, so the offline script contains them
 * too. Reads run directly on a connection.
 */
public final class VersionStore {
  /**
   * The type of the revision message: unbounded text on both databases ({@code CLOB} is a large object on
   * PostgreSQL, as Hibernate maps {@code @Lob}, which a plain string cannot be bound to).
   */
  private static final ColumnType TEXT = ColumnType.custom("text");
  /** The session's name for the statement {@link #prepareMoveAndRecord} prepares. */
  private static final String PREPARED_MOVE_AND_RECORD = "retort_move_and_record";
  private static final List<String> HISTORY_COLUMNS = List.of("installed_rank", "revision_id", "message", "checksum",
      "direction", "applied_at", "applied_by", "duration_ms", "success", "transactional");

  private final Dialect dialect;
  private final String versionTable;
  private final String historyTable;

  public VersionStore(Dialect dialect, String versionTable, String historyTable) {
    this.dialect = dialect;
    this.versionTable = versionTable;
    this.historyTable = historyTable;
  }

  public String versionTable() {
    return versionTable;
  }

  public String historyTable() {
    return historyTable;
  }

  private String q(String identifier) {
    return dialect.quote(identifier);
  }

  private String columns(List<String> names) {
    return String.join(", ", names.stream().map(this::q).toList());
  }

  private String type(ColumnType type) {
    return dialect.typeSql(type);
  }

  /** The statements that create both tables when they do not exist. */
  public List<SqlStep> createTables() {
    String varchar = type(ColumnType.varchar(255));
    String hash = type(ColumnType.varchar(64));
    Statement version = Statement.of("CREATE TABLE IF NOT EXISTS " + q(versionTable) + " ("
        + q("version_id") + " " + varchar + " NOT NULL, "
        + q("lineage") + " " + hash + " NOT NULL, "
        + "PRIMARY KEY (" + q("version_id") + "))");
    Statement history = Statement.of("CREATE TABLE IF NOT EXISTS " + q(historyTable) + " ("
        + q("installed_rank") + " " + type(ColumnType.INTEGER) + " NOT NULL, "
        + q("revision_id") + " " + varchar + " NOT NULL, "
        + q("message") + " " + type(TEXT) + ", "
        + q("checksum") + " " + hash + " NOT NULL, "
        + q("direction") + " " + type(ColumnType.varchar(10)) + " NOT NULL, "
        + q("applied_at") + " " + type(ColumnType.varchar(40)) + " NOT NULL, "
        + q("applied_by") + " " + varchar + ", "
        + q("duration_ms") + " " + type(ColumnType.BIGINT) + " NOT NULL, "
        + q("success") + " " + type(ColumnType.BOOLEAN) + " NOT NULL, "
        + q("transactional") + " " + type(ColumnType.BOOLEAN) + " NOT NULL, "
        + "PRIMARY KEY (" + q("installed_rank") + "))");
    return List.of(new SqlStep(version, "create table " + versionTable),
        new SqlStep(history, "create table " + historyTable));
  }

  /** The statements that make the version table hold exactly {@code heads} (id to lineage checksum). */
  public List<SqlStep> setHeads(Map<String, String> heads) {
    List<SqlStep> out = new ArrayList<>();
    out.add(new SqlStep(Statement.of("DELETE FROM " + q(versionTable)), "update " + versionTable));
    for (Map.Entry<String, String> h : heads.entrySet()) {
      out.add(new SqlStep(new Statement("INSERT INTO " + q(versionTable) + " (" + columns(List.of("version_id",
          "lineage")) + ") VALUES (?, ?)", List.of(h.getKey(), h.getValue()), Statement.Kind.TRANSACTIONAL),
          "update " + versionTable));
    }
    return out;
  }

  /**
   * The statement that appends one history row; its rank is one more than the largest so far, computed by the
   * database inside the same transaction (the migration lock keeps it unique).
   */
  public SqlStep appendHistory(RecordedRevision revision, Direction direction, Instant at, String appliedBy,
      Duration duration, boolean success, boolean transactional) {
    String sql = "INSERT INTO " + q(historyTable) + " (" + columns(HISTORY_COLUMNS) + ") SELECT " + nextRank() + ", "
        + placeholders() + " FROM " + q(historyTable);
    return new SqlStep(new Statement(sql, historyValues(revision, direction, at, appliedBy, duration, success,
        transactional), Statement.Kind.TRANSACTIONAL), "record " + revision.id() + " in " + historyTable);
  }

  /**
   * For a dialect that {@linkplain Dialect#preparesBookkeeping() prepares bookkeeping}: prepares on the session the
   * statement {@link #moveAndRecord} runs, {@link #moveHead} and {@link #appendHistory} in one ({@code WITH moved
   * AS (UPDATE ... RETURNING ...) INSERT ... FROM moved}: the history row is inserted only when the version row
   * moved). One left on a pooled connection by an earlier run that could not drop it is replaced.
   */
  public void prepareMoveAndRecord(Connection connection) throws SQLException {
    String sql = "PREPARE " + PREPARED_MOVE_AND_RECORD + " AS WITH " + q("moved") + " AS (UPDATE " + q(versionTable)
        + " SET " + q("version_id") + " = $1, " + q("lineage") + " = $2 WHERE " + q("version_id") + " = $3 RETURNING "
        + q("version_id") + ") INSERT INTO " + q(historyTable) + " (" + columns(HISTORY_COLUMNS) + ") SELECT "
        + String.join(", ", IntStream.rangeClosed(4, 3 + HISTORY_COLUMNS.size()).mapToObj(i -> "$" + i)
        .toList()) + " FROM " + q("moved");
    try (java.sql.Statement st = connection.createStatement()) {
      try {
        st.execute(sql);
      } catch (SQLException e) {
        if (!"42P05".equals(e.getSQLState())) { // duplicate_prepared_statement
          throw e;
        }
        st.execute("DEALLOCATE " + PREPARED_MOVE_AND_RECORD);
        st.execute(sql);
      }
    }
  }

  /** Drops what {@link #prepareMoveAndRecord} prepared, leaving the session as it was. */
  public void deallocateMoveAndRecord(Connection connection) throws SQLException {
    try (java.sql.Statement st = connection.createStatement()) {
      st.execute("DEALLOCATE " + PREPARED_MOVE_AND_RECORD);
    }
  }

  /**
   * Runs the statement {@link #prepareMoveAndRecord} prepared, as a {@linkplain SqlStep#claim() claim}: one round
   * trip that moves the version row from {@code from} to {@code to} and records the revision. The rank is given,
   * not computed by the database: the caller holds a lock that excludes other writers and read the last rank
   * under it. {@code EXECUTE} takes no bind parameters, so the values are literals (see {@link #argument}).
   */
  public SqlStep moveAndRecord(String from, String to, String lineage, int rank, RecordedRevision revision,
      Direction direction, Instant at, String appliedBy, Duration duration, boolean transactional) {
    if (!dialect.preparesBookkeeping()) {
      throw new IllegalStateException(dialect.name() + " does not prepare statements on the session");
    }
    List<Object> values = new ArrayList<>(List.of(to, lineage, from, rank));
    values.addAll(historyValues(revision, direction, at, appliedBy, duration, true, transactional));
    List<String> arguments = new ArrayList<>();
    for (Object v : values) {
      arguments.add(argument(v));
    }
    return new SqlStep(Statement.of("EXECUTE " + PREPARED_MOVE_AND_RECORD + "(" + String.join(", ", arguments)
        + ")"), "update " + versionTable + " and record " + revision.id() + " in " + historyTable, true);
  }

  /**
   * A literal argument of PostgreSQL's {@code EXECUTE}: a string as an escape string ({@code E'...'}, backslash
   * and quote escaped), which reads the same whatever {@code standard_conforming_strings} is; numbers and booleans
   * as they print.
   */
  static String argument(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof String s) {
      if (s.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("a string literal must not contain NUL");
      }
      return "E'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
      return value.toString();
    }
    throw new IllegalArgumentException("not a bookkeeping value: " + value.getClass().getName());
  }

  private String nextRank() {
    return "COALESCE(MAX(" + q("installed_rank") + "), 0) + 1";
  }

  private static String placeholders() {
    return String.join(", ", Collections.nCopies(HISTORY_COLUMNS.size() - 1, "?"));
  }

  private static List<Object> historyValues(RecordedRevision revision, Direction direction, Instant at,
      String appliedBy, Duration duration, boolean success, boolean transactional) {
    return Arrays.asList(revision.id(), revision.descriptor().message(), revision.checksum(), direction.code(),
        at.toString(), appliedBy, duration.toMillis(), success, transactional);
  }

  /**
   * The statement that replaces one head by another (a revision with one parent applied over it, or reverted back
   * to it): it changes one row when the database is at {@code from}, none when another migrator moved it.
   */
  public SqlStep moveHead(String from, String to, String lineage) {
    return new SqlStep(new Statement(moveHeadSql(), List.of(to, lineage, from), Statement.Kind.TRANSACTIONAL),
        "update " + versionTable);
  }

  private String moveHeadSql() {
    return "UPDATE " + q(versionTable) + " SET " + q("version_id") + " = ?, " + q("lineage") + " = ? WHERE "
        + q("version_id") + " = ?";
  }

  /** A guard that the version table holds exactly these heads. */
  public SqlBatch.Guard guard(Set<String> heads) {
    return new SqlBatch.Guard(new SqlStep(Statement.of("SELECT " + q("version_id") + " FROM " + q(versionTable)),
        "read " + versionTable), heads);
  }

  /**
   * Reads the heads and their lineage checksums: one query. Empty when the table does not exist yet (a database
   * Retort has never touched).
   */
  public Optional<Map<String, String>> readHeads(Connection connection) {
    for (int attempt = 1; ; attempt++) {
      try {
        return Optional.of(readHeadsOnce(connection));
      } catch (SQLException e) {
        if (!tableExists(connection, versionTable)) {
          return Optional.empty();
        }
        // Another migrator may have created the table between the query and the check: read once more.
        if (attempt == 2) {
          throw new DatabaseException("cannot read the version table " + versionTable + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /** Reads the heads and their lineage checksums in one query, which fails when the table does not exist. */
  private Map<String, String> readHeadsOnce(Connection connection) throws SQLException {
    String sql = "SELECT " + columns(List.of("version_id", "lineage")) + " FROM " + q(versionTable);
    try (java.sql.Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      Map<String, String> heads = new LinkedHashMap<>();
      while (rs.next()) {
        heads.put(rs.getString(1), rs.getString(2));
      }
      return heads;
    }
  }

  /**
   * The head ids alone, in one query that fails when the table does not exist: what a boot with nothing to run
   * reads, so it does the least work the database and the driver allow.
   */
  public Set<String> readHeadIds(Connection connection) throws SQLException {
    String sql = "SELECT " + q("version_id") + " FROM " + q(versionTable);
    try (java.sql.Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      Set<String> ids = new HashSet<>();
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
      return ids;
    }
  }

  /** Every history row, oldest first; empty when the table does not exist yet. */
  public List<HistoryEntry> readHistory(Connection connection) {
    String sql = "SELECT " + columns(HISTORY_COLUMNS) + " FROM " + q(historyTable) + " ORDER BY "
        + q("installed_rank");
    try (java.sql.Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      List<HistoryEntry> out = new ArrayList<>();
      while (rs.next()) {
        out.add(new HistoryEntry(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
            Direction.fromCode(rs.getString(5)), Instant.parse(rs.getString(6)), rs.getString(7),
            Duration.ofMillis(rs.getLong(8)), rs.getBoolean(9), rs.getBoolean(10)));
      }
      return out;
    } catch (SQLException e) {
      if (!tableExists(connection, historyTable)) {
        return List.of();
      }
      throw new DatabaseException("cannot read the history table " + historyTable + ": " + e.getMessage(), e);
    }
  }

  private static boolean tableExists(Connection connection, String table) {
    try {
      DatabaseMetaData meta = connection.getMetaData();
      for (String candidate : List.of(table, table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT))) {
        try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), candidate,
            new String[] {"TABLE"})) {
          if (rs.next()) {
            return true;
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the database's table list: " + e.getMessage(), e);
    }
  }
}
