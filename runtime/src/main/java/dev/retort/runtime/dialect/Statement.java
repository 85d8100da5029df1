package dev.retort.runtime.dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One SQL statement a dialect rendered, with its bound parameters and how the migrator must run it.
 *
 * @param sql the SQL text, with {@code ?} for each parameter
 * @param parameters values bound in order (offline SQL renders them as literals)
 * @param kind where and how it runs
 */
public record Statement(String sql, List<Object> parameters, Kind kind) {

  /** Where a statement runs relative to its revision's transaction. */
  public enum Kind {
    /** Inside the revision's transaction. */
    TRANSACTIONAL,
    /** Outside any transaction (PostgreSQL {@code CREATE INDEX CONCURRENTLY}); makes the revision non-transactional. */
    NON_TRANSACTIONAL,
    /** A query inside the transaction that must return no rows (SQLite {@code PRAGMA foreign_key_check}). */
    ASSERT_EMPTY,
    /** A session setting made before the revision's transaction begins (SQLite {@code PRAGMA foreign_keys=OFF}). */
    BEFORE_TRANSACTION,
    /** A session setting made after the revision's transaction ends, committed or not. */
    AFTER_TRANSACTION
  }

  public Statement {
    Objects.requireNonNull(sql, "sql");
    parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    Objects.requireNonNull(kind, "kind");
  }

  /** A transactional statement without parameters. */
  public static Statement of(String sql) {
    return new Statement(sql, List.of(), Kind.TRANSACTIONAL);
  }

  public static Statement of(Kind kind, String sql) {
    return new Statement(sql, List.of(), kind);
  }
}
