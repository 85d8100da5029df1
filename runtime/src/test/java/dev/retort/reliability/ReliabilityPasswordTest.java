package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.runtime.HistoryEntry;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RetortException;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.testing.SimpleDataSource;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A password given in the JDBC URL, in the connection properties, or to a connection that fails, with Retort's
 * logging at its most verbose: it appears in no log record, no exception message (causes and suppressed ones
 * included), no offline script, no command-line output, and the history's {@code applied_by} holds the user name
 * only.
 */
class ReliabilityPasswordTest {
  static final String SECRET = "Pw-7f3a9c_q!xyz";

  @TempDir
  Path dir;

  private final List<String> seen = new ArrayList<>();
  private final Logger retortLogger = Logger.getLogger("dev.retort");
  private Level previousLevel;
  private final Handler capture = new Handler() {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      synchronized (seen) {
        seen.add(formatter.format(record));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void verboseLogging() {
    previousLevel = retortLogger.getLevel();
    retortLogger.setLevel(Level.ALL);
    capture.setLevel(Level.ALL);
    retortLogger.addHandler(capture);
  }

  @AfterEach
  void quietLogging() {
    retortLogger.removeHandler(capture);
    retortLogger.setLevel(previousLevel);
  }

  private void see(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      seen.add(c.toString());
      for (Throwable s : c.getSuppressed()) {
        see(s);
      }
      if (c.getCause() == c) {
        break;
      }
    }
  }

  private void assertNoSecret() {
    assertTrue(seen.size() > 3, "nothing was captured: " + seen);
    for (String text : seen) {
      assertFalse(text.contains(SECRET), "the password leaked: " + text);
    }
  }

  static List<RevisionDescriptor> failingChain() {
    List<RevisionDescriptor> chain = new ArrayList<>(Fixture.schema(3));
    chain.add(new RevisionDescriptor("r004", List.of("r003"), "fails", () -> new Migration() {
      @Override
      public void upgrade(Ops ops) {
        ops.execute("INSERT INTO no_such_table VALUES ('" + "x" + "')");
      }

      @Override
      public void downgrade(Ops ops) {}
    }));
    return chain;
  }

  /** Every verb and failure once, through a data source carrying the password. */
  private void exercise(TestDatabase db, javax.sql.DataSource ds) throws Exception {
    Retort retort = Retort.configure().dataSource(ds).discover(false).revisions(Fixture.catalog(failingChain()))
        .lockTimeout(Duration.ofMillis(300)).load();
    retort.upgrade("r003");
    see(assertThrows(RetortException.class, () -> retort.upgrade("head")));
    seen.add(retort.sql("base", "head").script());
    seen.add(retort.current().toString());
    List<HistoryEntry> history = retort.history().entries();
    seen.add(history.toString());
    for (HistoryEntry h : history) {
      assertEquals(db.kind() == TestDatabase.Kind.POSTGRESQL ? "postgres" : h.appliedBy(), h.appliedBy());
    }
    if (db.kind() == TestDatabase.Kind.POSTGRESQL) {
      try (Connection holder = db.dataSource().getConnection();
          PreparedStatement ps = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
        ps.setLong(1, Locks.key(db.schema()));
        ps.execute();
        see(assertThrows(RetortException.class, () -> retort.upgrade("head")));
      }
    }
    retort.downgrade("base");
  }

  @Test
  void postgresqlPasswordInTheUrl() throws Exception {
    try (TestDatabase db = TestDatabases.postgres()) {
      SimpleDataSource ds = new SimpleDataSource(db.url() + "&user=postgres&password=" + SECRET, null, null);
      exercise(db, ds);
      assertEquals(0, ds.openConnections(), "Retort left connections open");
    }
    assertNoSecret();
  }

  @Test
  void postgresqlPasswordInTheProperties() throws Exception {
    try (TestDatabase db = TestDatabases.postgres()) {
      SimpleDataSource ds = new SimpleDataSource(db.url(), "postgres", SECRET);
      exercise(db, ds);
      assertEquals(0, ds.openConnections(), "Retort left connections open");
    }
    assertNoSecret();
  }

  @Test
  void sqlitePasswordInTheUrl() throws Exception {
    try (TestDatabase db = TestDatabases.sqlite()) {
      SimpleDataSource ds = new SimpleDataSource(db.url() + "&password=" + SECRET, "app", SECRET);
      exercise(db, ds);
      assertEquals(0, ds.openConnections(), "Retort left connections open");
    }
    assertNoSecret();
  }

  /** The server refuses or cannot be reached: the driver's error travels up inside Retort's. */
  @Test
  void aConnectionThatFailsWithThePasswordInItsUrl() {
    for (String url : List.of("jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=" + SECRET,
        TestDatabases.DEFAULT_PG_URL.replace("/test", "/no_such_database_" + "x") + "?user=postgres&password="
            + SECRET,
        "jdbc:sqlite:" + dir.resolve("missing/dir/app.db") + "?password=" + SECRET)) {
      SimpleDataSource ds = new SimpleDataSource(url, null, null);
      see(assertThrows(RetortException.class, () -> Retort.configure().dataSource(ds).discover(false)
          .revisions(Fixture.catalog(Fixture.canary(1))).load().upgrade("head")));
      SimpleDataSource withProperties = new SimpleDataSource(url.replaceFirst("[?&]password=.*", ""), "postgres",
          SECRET);
      see(assertThrows(RetortException.class, () -> Retort.configure().dataSource(withProperties).discover(false)
          .revisions(Fixture.catalog(Fixture.canary(1))).load().upgrade("head")));
    }
    assertNoSecret();
  }

  private String cli(Path services, Map<String, String> env, String... args) throws Exception {
    Path logging = dir.resolve("logging.properties");
    Files.writeString(logging, "handlers=java.util.logging.ConsoleHandler\n.level=INFO\ndev.retort.level=ALL\n"
        + "java.util.logging.ConsoleHandler.level=ALL\n");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-XX:TieredStopAtLevel=1", "-Djava.util.logging.config.file=" + logging, "-cp",
        System.getProperty("java.class.path") + File.pathSeparator + services, "dev.retort.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    seen.add(output);
    return "exit " + p.exitValue() + "\n" + output;
  }

  @Test
  void commandLineOnPostgresql() throws Exception {
    Path services = dir.resolve("services");
    Files.createDirectories(services.resolve("META-INF/services"));
    Files.writeString(services.resolve("META-INF/services/dev.retort.runtime.RevisionCatalog"),
        PasswordCatalog.class.getName() + "\n");
    try (TestDatabase db = TestDatabases.postgres()) {
      String withPassword = db.url() + "&password=" + SECRET;
      String up = cli(services, Map.of(), "--url", withPassword, "--user", "postgres", "upgrade");
      assertTrue(up.startsWith("exit 0"), up);
      String history = cli(services, Map.of("RETORT_PASSWORD", SECRET), "--url", db.url(), "--user", "postgres",
          "history", "--verbose");
      assertTrue(history.startsWith("exit 0") && history.contains("postgres"), history);
      assertTrue(cli(services, Map.of(), "--url", db.url(), "--user", "postgres", "--password", SECRET, "current")
          .startsWith("exit 0"));
      String script = cli(services, Map.of("RETORT_URL", withPassword, "RETORT_PASSWORD", SECRET), "upgrade",
          "base:head", "--sql");
      assertTrue(script.startsWith("exit 0") && script.contains("CREATE TABLE"), script);
      String refused = cli(services, Map.of(), "--url", "jdbc:postgresql://127.0.0.1:1/test?password=" + SECRET,
          "--user", "postgres", "--password", SECRET, "upgrade");
      assertNotEquals("exit 0", refused.lines().findFirst().orElse(""), refused);
      assertEquals(List.of("postgres"), Db.column(db.dataSource(),
          "SELECT DISTINCT applied_by FROM retort_history"));
    }
    assertNoSecret();
  }
}
