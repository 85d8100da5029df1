package dev.retort.runtime.sql;

import dev.retort.runtime.dialect.Statement;
import java.util.Objects;

/**
 * A statement together with what it does for the user: the operation it renders ({@code OpText.describe}) or the
 * version-table bookkeeping it performs. Errors name both.
 *
 * @param statement the SQL and its parameters
 * @param operation a short description of the operation or bookkeeping the statement belongs to
 */
public record SqlStep(Statement statement, String operation) {
  public SqlStep {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(operation, "operation");
  }
}
