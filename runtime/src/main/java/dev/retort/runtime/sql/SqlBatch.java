package dev.retort.runtime.sql;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One unit of work for a {@link SqlSink}: normally one revision. The {@code work} statements run, then the
 * {@code record} statements (version and history rows, which may depend on how long the work took) in the same
 * transaction. A non-transactional batch runs its work in autocommit and only its record in a transaction.
 *
 * @param label what the batch is, for logs and script comments ({@code revision 0002 (add todos)})
 * @param work the revision's statements, in order; may start with a {@linkplain SqlStep#claim() claim}
 * @param record the bookkeeping statements, given the duration of the work
 * @param transactional whether the work runs inside the batch's transaction
 * @param guard checked first inside the transaction (online only); null for none
 */
public record SqlBatch(
    String label, List<SqlStep> work, Function<Duration, List<SqlStep>> record, boolean transactional, Guard guard) {

  public SqlBatch {
    Objects.requireNonNull(label, "label");
    work = List.copyOf(work);
    Objects.requireNonNull(record, "record");
  }

  /**
   * A query whose first column must return exactly {@code expected} when the batch starts, else the batch is
   * abandoned with {@link StaleStateException}: how concurrent migrators on a database without a separate lock
   * (SQLite) apply each revision exactly once. (A revision with one parent is guarded by a
   * {@linkplain SqlStep#claim() claim} at the head of its work instead.)
   */
  public record Guard(SqlStep query, Set<String> expected) {
    public Guard {
      Objects.requireNonNull(query, "query");
      expected = Set.copyOf(expected);
    }
  }
}
