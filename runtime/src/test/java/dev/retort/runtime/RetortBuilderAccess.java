package dev.retort.runtime;

/** Configures a {@link Retort} on a test database, discovering nothing from the class path. */
final class RetortBuilderAccess {
  private RetortBuilderAccess() {}

  static RetortBuilder configure(TestDatabase db, String kind) {
    return Retort.configure().dataSource(db.dataSource).dialect(new ExecuteOnlyDialect(kind)).discover(false);
  }
}
