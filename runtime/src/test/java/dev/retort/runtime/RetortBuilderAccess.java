package dev.retort.runtime;

/** Configures a {@link Retort} on a test database, discovering nothing from the class path. */
final class RetortBuilderAccess {
  private RetortBuilderAccess() {}

  static RetortBuilder configure(LiveDb db) {
    return Retort.configure().dataSource(db.dataSource).discover(false);
  }
}
