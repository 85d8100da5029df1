package dev.retort.runtime.dialect;

import dev.retort.schema.Column;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans SQLite's table rebuild, the documented procedure for every change its {@code ALTER TABLE} cannot make:
 * with foreign keys off (outside the transaction, where the pragma takes effect), create the new table under a
 * temporary name, copy every row, drop the old table, rename the new one, recreate the indexes, verify
 * {@code PRAGMA foreign_key_check} finds nothing, and switch foreign keys back on after the transaction.
 *
 * <p>Both tables come from the schema the applied revisions promise, never from a live database, so offline
 * SQL renders the same rebuild; the migrator checks beforehand that the live table still matches
 * ({@link Dialect#tablesRebuilt}). What the model does not hold is lost by a rebuild: triggers on the table,
 * and the AUTOINCREMENT high-water mark above the largest id still present.
 */
final class SqliteRebuild {
  /** Prefix of the temporary table; {@code retort_}-prefixed tables are Retort's and reflection skips them. */
  static final String TEMP_PREFIX = "retort_tmp_";

  private SqliteRebuild() {}

  /**
   * The statements that turn table {@code from} into {@code to}, keeping every row.
   *
   * @param renamed maps a column of {@code to} to the column of {@code from} it takes its values from, when the
   *     names differ; other columns of {@code to} copy from the column of the same name, or take their default
   *     when {@code from} has none
   */
  static List<Statement> plan(SqliteDialect dialect, Table from, Table to, Map<String, String> renamed) {
    String temp = TEMP_PREFIX + to.name();
    List<String> target = new ArrayList<>();
    List<String> source = new ArrayList<>();
    for (Column c : to.columns()) {
      String src = renamed.getOrDefault(c.name(), c.name());
      if (from.column(src).isPresent()) {
        target.add(c.name());
        source.add(src);
      }
    }
    List<Statement> out = new ArrayList<>();
    out.add(Statement.of(Statement.Kind.BEFORE_TRANSACTION, "PRAGMA foreign_keys=OFF"));
    out.add(dialect.createTableStatement(to, temp));
    out.add(Statement.of("INSERT INTO " + dialect.quote(temp) + " (" + dialect.columns(target) + ") SELECT "
        + dialect.columns(source) + " FROM " + dialect.quote(from.name())));
    out.add(Statement.of("DROP TABLE " + dialect.quote(from.name())));
    out.add(Statement.of("ALTER TABLE " + dialect.quote(temp) + " RENAME TO " + dialect.quote(to.name())));
    for (Index index : to.indexes()) {
      out.add(Statement.of(dialect.createIndexSql(to.name(), index, false)));
    }
    out.add(Statement.of(Statement.Kind.ASSERT_EMPTY, "PRAGMA foreign_key_check"));
    out.add(Statement.of(Statement.Kind.AFTER_TRANSACTION, "PRAGMA foreign_keys=ON"));
    return out;
  }
}
