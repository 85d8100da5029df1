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
 * @param work the revision's statements, in order
 * @param record the bookkeeping statements, given the duration of the work
 * @param transactional whether the work runs inside the batch's transaction
 * @param guard checked first inside the transaction; null for none
 */
public record SqlBatch(
    String label, List<SqlStep> work, Function<Duration, List<SqlStep>> record, boolean transactional, Guard guard) {

  public SqlBatch {
    Objects.requireNonNull(label, "label");
    work = List.copyOf(work);
    Objects.requireNonNull(record, "record");
    if (guard instanceof Claim && !transactional) {
      throw new IllegalArgumentException("a claim writes the version inside the batch's transaction: " + label
          + " has none");
    }
  }

  /**
   * What must hold when the batch starts, checked first inside its transaction; when it does not, the batch is
   * abandoned with {@link StaleStateException}. This is how concurrent migrators on a database without a separate
   * lock (SQLite) apply each revision exactly once.
   */
  public sealed interface Guard {}

  /** A query whose first column must return exactly {@code expected}. */
  public record Expect(SqlStep query, Set<String> expected) implements Guard {
    public Expect {
      Objects.requireNonNull(query, "query");
      expected = Set.copyOf(expected);
    }
  }

  /**
   * A {@linkplain SqlStep#claim() claim} run before the work: it checks the state and moves it in one statement
   * (the version row of a revision with one parent, {@code UPDATE ... WHERE version_id = <parent>}), so a linear
   * step pays no separate read. Transactional batches only, since the update is only right if the work commits
   * with it.
   */
  public record Claim(SqlStep update) implements Guard {
    public Claim {
      if (!update.claim()) {
        throw new IllegalArgumentException("not a claim: " + update.operation());
      }
    }
  }
}
