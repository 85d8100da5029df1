package dev.retort.testing;

import java.io.IOException;
import java.sql.SQLException;

/**
 * One fresh real database for one test: a SQLite temp file or a PostgreSQL schema of its own. {@link #close()}
 * drops it and fails when the test left connections open.
 *
 * <pre>{@code
 * try (TestDatabase db = TestDatabases.sqlite()) { Connection c = db.dataSource().getConnection(); ... }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {
  /** The database products {@link TestDatabases} provides. */
  public enum Kind {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String dialectName;

    Kind(String dialectName) {
      this.dialectName = dialectName;
    }

    /** The name of the matching dialect, as {@code Dialect.name()} gives it. */
    public String dialectName() {
      return dialectName;
    }
  }

  /** What dropping the database means; runs after the leak check. */
  interface Dropper {
    void drop() throws SQLException, IOException;
  }

  private final Kind kind;
  private final SimpleDataSource dataSource;
  private final String schema;
  private final Dropper dropper;
  private boolean closed;

  TestDatabase(Kind kind, SimpleDataSource dataSource, String schema, Dropper dropper) {
    this.kind = kind;
    this.dataSource = dataSource;
    this.schema = schema;
    this.dropper = dropper;
  }

  public Kind kind() {
    return kind;
  }

  public SimpleDataSource dataSource() {
    return dataSource;
  }

  /** The JDBC URL of this database (for PostgreSQL it selects the test's own schema). */
  public String url() {
    return dataSource.url();
  }

  /** The PostgreSQL schema this test owns, or {@code "main"} for SQLite. */
  public String schema() {
    return schema;
  }

  /**
   * Drops the database. Throws {@link IllegalStateException} when the test left connections open (they are
   * closed first, so the drop still happens) or closed a connection with statements still open.
   */
  @Override
  public void close() throws SQLException, IOException {
    if (closed) {
      return;
    }
    closed = true;
    int leaked;
    try {
      leaked = dataSource.closeAll();
    } catch (SQLException e) {
      leaked = -1;
    }
    dropper.drop();
    if (leaked != 0) {
      throw new IllegalStateException(
          "the test left " + (leaked < 0 ? "some" : String.valueOf(leaked)) + " connection(s) open on " + url());
    }
    if (!dataSource.leakedStatements().isEmpty()) {
      throw new IllegalStateException("the test closed connections with statements still open: "
          + dataSource.leakedStatements() + " on " + url());
    }
  }
}
