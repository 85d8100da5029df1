package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end against a SQLite file, with revisions found through a service file. */
class MainTest {
  private static final String PASSWORD = "s3cret-Pa55";

  @TempDir
  Path dir;

  private String url;
  private String user = "app";
  private ClassLoader loader;
  private final Map<String, String> env = new HashMap<>();
  private final List<String> allOutput = new ArrayList<>();

  record Run(int status, String out, String err) {}

  @BeforeEach
  void setUp() throws IOException {
    url = "jdbc:sqlite:" + dir.resolve("app.db");
    loader = loaderWith(CliCatalog.class);
  }

  @AfterEach
  void passwordNeverPrinted() {
    for (String text : allOutput) {
      assertFalse(text.contains(PASSWORD), text);
    }
  }

  private ClassLoader loaderWith(Class<?> catalog) throws IOException {
    Path services = dir.resolve("services-" + catalog.getSimpleName()).resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve("dev.retort.runtime.RevisionCatalog"), catalog.getName() + "\n");
    return new URLClassLoader(new URL[] {services.getParent().getParent().toUri().toURL()},
        getClass().getClassLoader());
  }

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env, loader);
    Run r = new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    allOutput.add(r.out());
    allOutput.add(r.err());
    return r;
  }

  private Run db(String... args) {
    List<String> all = new ArrayList<>(List.of("--url", url, "--user", user, "--password", PASSWORD));
    all.addAll(List.of(args));
    return run(all.toArray(new String[0]));
  }

  @Test
  void upgradesShowsAndDowngrades() {
    Run up = db("upgrade");
    assertEquals(0, up.status(), up.err());
    assertTrue(up.out().startsWith("applied  0001  create todo and canary  ("), up.out());
    assertTrue(up.out().endsWith("the database is at 0003\n"), up.out());
    assertEquals("", up.err());

    Run again = db("upgrade", "head");
    assertEquals("nothing to do; the database is at 0003\n", again.out());

    assertEquals("0003  create tag\nup to date\n", db("current").out());

    Run history = db("history", "--verbose");
    assertEquals(0, history.status());
    assertEquals(6, history.out().lines().count(), history.out());
    assertTrue(history.out().lines().findFirst().orElseThrow().matches(
        "   1  0001                 up       \\S+  create todo and canary"), history.out());

    Run down = db("downgrade", "-1");
    assertEquals(0, down.status(), down.err());
    assertTrue(down.out().startsWith("reverted 0003  create tag  ("), down.out());
    assertTrue(down.out().endsWith("the database is at 0002\n"), down.out());
    assertEquals("0002  add done to todo\n1 revision(s) pending; run upgrade\n", db("current").out());
  }

  @Test
  void readsTheConnectionFromTheEnvironment() {
    env.put("RETORT_URL", url);
    env.put("RETORT_PASSWORD", PASSWORD);
    assertEquals(0, run("upgrade", "+1").status());
    assertEquals("0001  create todo and canary\n2 revision(s) pending; run upgrade\n", run("current").out());
  }

  @Test
  void stampsAndShows() {
    Run stamp = db("stamp", "0002");
    assertEquals("stamped the database at 0002 (was base)\n", stamp.out());
    Run show = db("show", "0002");
    assertEquals(0, show.status());
    assertTrue(show.out().startsWith("revision 0002\nmessage  add done to todo\nparents  0001\nchildren 0003\n"
        + "checksum "), show.out());
    assertTrue(show.out().endsWith("upgrade:\n  execute ALTER TABLE todo ADD COLUMN done BOOLEAN\n"
        + "  insert 1 rows into canary\ndowngrade:\n  execute ALTER TABLE todo DROP COLUMN done\n"
        + "  execute DELETE FROM canary WHERE rev = '0002'\n"), show.out());
    assertEquals("0003  create tag\n", run("heads").out());
  }

  @Test
  void writesTheOfflineScriptWithoutConnecting() {
    Run sql = run("--dialect", "sqlite", "upgrade", "--sql");
    assertEquals(0, sql.status(), sql.err());
    assertTrue(sql.out().startsWith("-- Retort offline script for sqlite: base -> head (3 revision(s))\n"), sql.out());
    assertTrue(sql.out().contains("\nBEGIN;\nCREATE TABLE canary (rev VARCHAR(20) NOT NULL);\n"), sql.out());
    assertFalse(Files.exists(dir.resolve("app.db")));
    Run down = db("downgrade", "0003:0001", "--sql");
    assertEquals(0, down.status(), down.err());
    assertTrue(down.out().contains("DROP TABLE tag;"), down.out());
    Run noRange = db("downgrade", "-1", "--sql");
    assertEquals(2, noRange.status());
    assertEquals("error: downgrade --sql needs from:to, e.g. head:-1 or 0003:base, since it does not read the"
        + " database\n", noRange.err());
  }

  @Test
  void failsWithOneLineAndAnExitCode() throws IOException {
    assertEquals(2, run("frobnicate").status());
    assertEquals("error: unknown command 'frobnicate'; commands: upgrade, downgrade, current, history, heads, show,"
        + " stamp, check, merge. Run --help for details.\n", run("frobnicate").err());
    Run noUrl = run("current");
    assertEquals(2, noUrl.status());
    assertEquals("error: no database: give --url <jdbc url> or set RETORT_URL\n", noUrl.err());
    Run badOption = db("current", "--sql");
    assertEquals("error: unknown option --sql for current; see current --help\n", badOption.err());
    Run unknown = db("upgrade", "zzz");
    assertEquals(20, unknown.status());
    assertEquals("error: no revision matches 'zzz'; the heads are 0003. Run `heads` or `history` to list them.\n",
        unknown.err());
    Run badDriver = run("--url", "jdbc:nosuch:x?password=" + PASSWORD, "--password", PASSWORD, "current");
    assertTrue(badDriver.status() != 0);
    assertEquals(1, badDriver.err().lines().count(), badDriver.err());

    loader = loaderWith(BranchedCatalog.class);
    Run heads = db("upgrade");
    assertEquals(21, heads.status());
    assertEquals("error: the revisions have 2 heads: a1, b1. Run `merge` to create a revision joining them, or name"
        + " a target: upgrade heads, or a revision id.\n", heads.err());
    Run merge = run("merge");
    assertEquals(0, merge.status());
    assertTrue(merge.out().startsWith("2 heads: a1, b1\nAdd this revision beside the others, then build and"
        + " upgrade:\n\n@Revision(id = \"<new id>\", parents = {\"a1\", \"b1\"}, message = \"merge a1 and b1\")\n"),
        merge.out());
  }

  @Test
  void printsHelpForEveryCommand() {
    Run overview = run("--help");
    assertEquals(0, overview.status());
    assertTrue(overview.out().contains("  upgrade    apply revisions up to a target"), overview.out());
    for (String verb : List.of("upgrade", "downgrade", "current", "history", "heads", "show", "stamp", "check",
        "merge")) {
      Run help = run(verb, "--help");
      assertEquals(0, help.status(), verb);
      assertTrue(help.out().startsWith("Usage: " + verb), help.out());
    }
  }

  @Test
  void neverPrintsThePasswordFromPostgres() throws Exception {
    try (TestDatabase pg = TestDatabases.postgres()) {
      String withPassword = pg.url() + "&password=" + PASSWORD;
      url = withPassword;
      user = "postgres";
      Run up = db("upgrade");
      assertEquals(0, up.status(), up.err());
      Run history = db("history", "--verbose");
      assertTrue(history.out().contains(", by postgres, "), history.out());
      Run fail = db("upgrade", "nope");
      assertEquals(20, fail.status());
      Run wrongHost = run("--url", "jdbc:postgresql://127.0.0.1:1/none?password=" + PASSWORD, "--password", PASSWORD,
          "current");
      assertTrue(wrongHost.status() != 0, wrongHost.err());
    }
  }

  @Test
  void checksForDriftWithItsOwnExitCode() throws Exception {
    loader = loaderWith(SchemaCatalog.class);
    assertEquals(0, db("upgrade").status());
    Run clean = db("check");
    assertEquals(0, clean.status(), clean.err());
    assertEquals("no drift: the database matches revision(s) s3\n", clean.out());
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
        java.sql.Statement st = c.createStatement()) {
      st.execute("DROP INDEX ux_users_email_address");
    }
    Run drift = db("check");
    assertEquals(60, drift.status());
    assertEquals("1 difference(s) from the schema revision(s) s3 promise:\n"
        + "  table users: index ux_users_email_address: promised, not found in the database\n", drift.out());
  }

  @Test
  void aBrokenIndexIsAConfigurationError() throws IOException {
    Path services = dir.resolve("broken/META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve("dev.retort.runtime.RevisionCatalog"), "dev.retort.cli.NoSuchCatalog\n");
    loader = new URLClassLoader(new URL[] {dir.resolve("broken").toUri().toURL()}, getClass().getClassLoader());
    Run r = run("heads");
    assertEquals(3, r.status());
    assertEquals("error: cannot load the generated revision index: dev.retort.runtime.RevisionCatalog: Provider"
        + " dev.retort.cli.NoSuchCatalog not found. Rebuild the application so that the processor writes it again.\n",
        r.err());
  }
}
