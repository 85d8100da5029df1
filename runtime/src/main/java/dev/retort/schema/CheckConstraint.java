package dev.retort.schema;

/**
 * A named CHECK constraint; the expression is SQL, with identifiers double-quoted where they need it.
 */
public record CheckConstraint(String name, String expression) {
  public CheckConstraint {
    Names.require(name, "check constraint name");
    Names.require(expression, "expression of check constraint " + name);
  }

  public static CheckConstraint of(String name, String expression) {
    return new CheckConstraint(name, expression);
  }
}
