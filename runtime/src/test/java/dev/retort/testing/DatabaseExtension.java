package dev.retort.testing;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension giving each test method a fresh {@link TestDatabase}, dropped after it (with the
 * connection leak check of {@link TestDatabase#close()}).
 *
 * <pre>{@code
 * @RegisterExtension final DatabaseExtension db = DatabaseExtension.postgres();
 * @Test void works() throws Exception { try (Connection c = db.dataSource().getConnection()) { ... } }
 * }</pre>
 */
public final class DatabaseExtension implements BeforeEachCallback, AfterEachCallback {
  private final TestDatabase.Kind kind;
  private TestDatabase database;

  private DatabaseExtension(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  public static DatabaseExtension sqlite() {
    return new DatabaseExtension(TestDatabase.Kind.SQLITE);
  }

  public static DatabaseExtension postgres() {
    return new DatabaseExtension(TestDatabase.Kind.POSTGRESQL);
  }

  public static DatabaseExtension of(TestDatabase.Kind kind) {
    return new DatabaseExtension(kind);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    database = TestDatabases.create(kind);
  }

  @Override
  public void afterEach(ExtensionContext context) throws java.sql.SQLException, java.io.IOException {
    TestDatabase d = database;
    database = null;
    if (d != null) {
      d.close();
    }
  }

  /** The current test's database. */
  public TestDatabase database() {
    if (database == null) {
      throw new IllegalStateException("no database outside a test method");
    }
    return database;
  }

  public DataSource dataSource() {
    return database().dataSource();
  }

  public TestDatabase.Kind kind() {
    return kind;
  }
}
