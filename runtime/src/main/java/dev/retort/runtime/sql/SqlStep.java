package dev.retort.runtime.sql;

import dev.retort.runtime.dialect.Statement;
import java.util.Objects;

/**
 * A statement together with what it does for the user: the operation it renders ({@code OpText.describe}) or the
 * version-table bookkeeping it performs. Errors name both.
 *
 * @param statement the SQL and its parameters
 * @param operation a short description of the operation or bookkeeping the statement belongs to
 * @param claim whether the statement must change exactly one row, else the state it expected has moved on and the
 *     batch is abandoned ({@link StaleStateException}) and rolled back: how a version-row update doubles as the
 *     check that another migrator did not get there first. Claims run inside a transaction only.
 */
public record SqlStep(Statement statement, String operation, boolean claim) {
  public SqlStep {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(operation, "operation");
  }

  public SqlStep(Statement statement, String operation) {
    this(statement, operation, false);
  }

  /** This step as a claim. */
  public SqlStep asClaim() {
    return new SqlStep(statement, operation, true);
  }
}
