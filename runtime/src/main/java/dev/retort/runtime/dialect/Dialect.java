package dev.retort.runtime.dialect;

import dev.retort.ops.Op;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Set;

/**
 * Renders operations to SQL for one database. A dialect never executes: the migrator runs what it renders
 * through a {@code SqlSink}, online or into an offline script, so both paths render identically.
 *
 * <p>{@link #render} receives the schema the applied revisions promise just before the operation: everything
 * the database cannot do in place (SQLite's limited {@code ALTER TABLE}) is rendered from it, so a revision
 * never says "batch" and offline SQL needs no live database.
 */
public interface Dialect {
  /** The dialect's name, as used in {@code Ops.execute(sql, variants)}: {@code "sqlite"}, {@code "postgresql"}. */
  String name();

  /** Whether DDL is transactional (a failed revision leaves no trace). */
  boolean transactionalDdl();

  /**
   * Whether a linear step's version and history rows can be written by one statement prepared once per run on the
   * session: PostgreSQL's {@code PREPARE name AS WITH moved AS (UPDATE ... RETURNING ...) INSERT ...}, run for each
   * revision with {@code EXECUTE name(...)} and dropped with {@code DEALLOCATE}. A statement the driver prepares is
   * parsed and planned again after every DDL statement (pgjdbc drops its statement cache when it sees one); a
   * statement prepared in SQL keeps its plan, because the DDL of the revisions does not touch the tables it writes.
   */
  default boolean preparesBookkeeping() {
    return false;
  }

  /** Quotes an identifier so that any name (reserved words, mixed case, quotes, unicode) is taken literally. */
  String quote(String identifier);

  /** The SQL type for a logical column type. */
  String typeSql(ColumnType type);

  /** An SQL literal for a parameter value, for offline scripts. */
  String literal(Object value);

  /** The statements that perform {@code op} on a database whose schema is {@code before}. */
  List<Statement> render(Op op, Schema before);

  /**
   * The tables {@code op} rebuilds (SQLite's copy-and-swap for what its {@code ALTER TABLE} cannot do), so that
   * the migrator can check, before running it, that each live table still matches its definition in
   * {@code before}: a rebuild recreates the table from that definition and would silently drop anything else.
   * Empty for a dialect that alters tables in place.
   */
  default Set<String> tablesRebuilt(Op op, Schema before) {
    return Set.of();
  }

  /**
   * The schema a live database built from {@code promised} reflects as: what the database cannot record
   * (SQLite's column comments, PostgreSQL's canonical type and default spellings) made the way reflection reads
   * it. {@code check()} compares a reflected schema with {@code normalize(promised)}.
   */
  default Schema normalize(Schema promised) {
    return promised;
  }
}
