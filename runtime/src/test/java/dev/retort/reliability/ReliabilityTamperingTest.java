package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.annotations.Revision;
import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.runtime.ErrorCode;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RetortException;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.RevisionIndex;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import dev.retort.testing.FaultyDataSource;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Revisions changed after they were applied: each refusal stops the boot before any DDL (only reads run), with
 * its error code and a message naming the revision, both checksums or the graph problem, and the way out. And
 * the opposite: the same revision sources compiled by JDK 17 and JDK 25 ({@code --release 17}), or reformatted,
 * give identical checksums, so no false alarm.
 */
class ReliabilityTamperingTest {
  static final int APPLIED = 6;

  @TempDir
  Path dir;

  /** The applied chain plus one pending revision, so that every boot below has work to do. */
  static List<RevisionDescriptor> appliedPlusPending() {
    return Fixture.schema(APPLIED + 1);
  }

  static RevisionDescriptor withParents(RevisionDescriptor r, String... parents) {
    return new RevisionDescriptor(r.id(), List.of(parents), r.message(), r.factory());
  }

  static RevisionDescriptor withId(RevisionDescriptor r, String id) {
    return new RevisionDescriptor(id, r.parents(), r.message(), r.factory());
  }

  static int indexOf(List<RevisionDescriptor> chain, String id) {
    for (int i = 0; i < chain.size(); i++) {
      if (chain.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(id);
  }

  /** Applies the first six revisions, tampers, boots, and checks that only reads ran and nothing changed. */
  private RetortException refused(TestDatabase.Kind kind, UnaryOperator<List<RevisionDescriptor>> tamper)
      throws Exception {
    List<RevisionDescriptor> chain = appliedPlusPending();
    try (TestDatabase db = TestDatabases.create(kind)) {
      Retort.configure().dataSource(db.dataSource()).discover(false).revisions(Fixture.catalog(chain)).load()
          .upgrade(Fixture.id(APPLIED));
      Schema before = Db.live(db.dataSource());
      List<String> historyBefore = Db.column(db.dataSource(), "SELECT revision_id FROM retort_history");
      FaultyDataSource ds = new FaultyDataSource(db.dataSource());
      List<RevisionDescriptor> tampered = tamper.apply(new ArrayList<>(chain));
      RetortException e = assertThrows(RetortException.class, () -> Retort.configure().dataSource(ds)
          .discover(false).revisions(Fixture.catalog(tampered)).load().upgrade("head"));
      for (String sql : ds.executed()) {
        assertTrue(sql.startsWith("SELECT") || sql.startsWith("PRAGMA"), "ran " + sql + " before refusing: "
            + e.getMessage());
      }
      assertEquals(before, Db.live(db.dataSource()));
      assertEquals(historyBefore, Db.column(db.dataSource(), "SELECT revision_id FROM retort_history"));
      assertEquals(List.of(Fixture.id(APPLIED)), Db.heads(db.dataSource()));
      return e;
    }
  }

  private static String checksum(List<RevisionDescriptor> chain, String id) {
    return RevisionIndex.of(chain).recorded(id).checksum();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void anEditedRevision(TestDatabase.Kind kind) throws Exception {
    List<RevisionDescriptor> chain = appliedPlusPending();
    RevisionDescriptor r3 = chain.get(2);
    RevisionDescriptor edited = new RevisionDescriptor(r3.id(), r3.parents(), r3.message(),
        () -> new Fixture.ChainRevision("r003", false, ops -> ops.addUniqueConstraint("t0",
            dev.retort.schema.UniqueConstraint.of("uq_t0_name_edited", "name"))));
    RetortException e = refused(kind, c -> {
      c.set(2, edited);
      return c;
    });
    List<RevisionDescriptor> tampered = new ArrayList<>(chain);
    tampered.set(2, edited);
    assertEquals(ErrorCode.CHECKSUM_MISMATCH, e.code());
    String message = e.getMessage();
    assertTrue(message.contains("r003"), message);
    assertTrue(message.contains(checksum(chain, "r003")), "stored checksum missing: " + message);
    assertTrue(message.contains(checksum(tampered, "r003")), "computed checksum missing: " + message);
    assertTrue(message.startsWith("an applied revision was edited after it ran:\n  revision: r003\n  stored:   "),
        message);
    assertTrue(message.contains("\nRevert the edit, or check the database by hand and run `stamp`"), message);
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aDeletedRevisionBelowTheHead(TestDatabase.Kind kind) throws Exception {
    RetortException e = refused(kind, c -> {
      c.remove(2);
      c.set(2, withParents(c.get(2), "r002"));
      return c;
    });
    assertEquals(ErrorCode.HISTORY_MISMATCH, e.code());
    assertEquals("the revisions below r006 differ from those the database applied: a revision was inserted,"
        + " removed, renamed or re-parented below an applied one (applied here, missing from the application:"
        + " r003). Restore the revisions as they were when applied, or check the database by hand and run"
        + " `stamp r006`.", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theAppliedHeadDeleted(TestDatabase.Kind kind) throws Exception {
    RetortException e = refused(kind, c -> {
      c.remove(5);
      c.set(5, withParents(c.get(5), "r005"));
      return c;
    });
    assertEquals(ErrorCode.UNKNOWN_APPLIED_REVISION, e.code());
    assertTrue(e.getMessage().startsWith("the database is at revision(s) r006, which this application does not"
        + " contain"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aRevisionWhoseIdChanged(TestDatabase.Kind kind) throws Exception {
    RetortException e = refused(kind, c -> {
      c.set(2, withId(c.get(2), "r003-renamed"));
      c.set(3, withParents(c.get(3), "r003-renamed"));
      return c;
    });
    assertEquals(ErrorCode.HISTORY_MISMATCH, e.code());
    assertTrue(e.getMessage().contains(" (never applied here: r003-renamed) (applied here, missing from the"
        + " application: r003). "), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void twoRevisionsReordered(TestDatabase.Kind kind) throws Exception {
    RetortException e = refused(kind, c -> {
      RevisionDescriptor r3 = c.get(2);
      RevisionDescriptor r4 = c.get(3);
      c.set(2, withParents(r4, "r002"));
      c.set(3, withParents(r3, "r004"));
      c.set(4, withParents(c.get(4), "r003"));
      return c;
    });
    assertEquals(ErrorCode.HISTORY_MISMATCH, e.code());
    assertEquals("the revisions below r006 differ from those the database applied: a revision was inserted,"
        + " removed, renamed or re-parented below an applied one. Restore the revisions as they were when applied,"
        + " or check the database by hand and run `stamp r006`.", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void oneAddedWithAParentThatIsNotTheHead(TestDatabase.Kind kind) throws Exception {
    RetortException e = refused(kind, c -> {
      c.set(6, withParents(c.get(6), "r004"));
      return c;
    });
    assertEquals(ErrorCode.MULTIPLE_HEADS, e.code());
    assertEquals("the revisions have 2 heads: r006, r007. Run `merge` to create a revision joining them, or name a"
        + " target: upgrade heads, or a revision id.", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aDatabaseAheadOfTheCode(TestDatabase.Kind kind) throws Exception {
    RetortException e = refused(kind, c -> new ArrayList<>(c.subList(0, 4)));
    assertEquals(ErrorCode.UNKNOWN_APPLIED_REVISION, e.code());
    assertTrue(e.getMessage().startsWith("the database is at revision(s) r006, which this application does not"
        + " contain: a newer release has probably migrated it."), e.getMessage());
    assertTrue(e.getMessage().endsWith("History is never rewritten automatically."), e.getMessage());
  }

  // ---- same sources, two JDKs, reformatted: same checksums ----

  static final String JDK17 = "/usr/lib/jvm/java-17-openjdk-amd64/bin/javac";
  static final String JDK25 = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/javac";
  static final List<String> SOURCES = List.of("V1CreateItems", "V2AddFlag", "V3Rename");

  private Path sources(String name, UnaryOperator<String> format) throws IOException {
    Path src = dir.resolve(name).resolve("src/tamperfixture");
    Files.createDirectories(src);
    for (String s : SOURCES) {
      try (InputStream in = getClass().getResourceAsStream("sources/tamperfixture/" + s + ".java")) {
        Files.writeString(src.resolve(s + ".java"), format.apply(new String(in.readAllBytes(),
            StandardCharsets.UTF_8)));
      }
    }
    return src;
  }

  private static String classPath() throws Exception {
    return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()) + java.io.File
        .pathSeparator + Path.of(Revision.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private Path compile(String javac, Path src, String name, String... options) throws Exception {
    Path out = dir.resolve(name).resolve("classes");
    Files.createDirectories(out);
    List<String> command = new ArrayList<>(List.of(javac, "-proc:none", "-encoding", "UTF-8", "-cp", classPath(),
        "-d", out.toString()));
    command.addAll(List.of(options));
    for (String s : SOURCES) {
      command.add(src.resolve(s + ".java").toString());
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + output);
    return out;
  }

  private static List<RevisionDescriptor> load(Path classes) throws Exception {
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReliabilityTamperingTest.class.getClassLoader());
    List<RevisionDescriptor> out = new ArrayList<>();
    for (String s : SOURCES) {
      out.add(RevisionDescriptor.of(loader.loadClass("tamperfixture." + s).asSubclass(Migration.class)));
    }
    return out;
  }

  private static Map<String, String> checksums(List<RevisionDescriptor> revisions) {
    RevisionIndex index = RevisionIndex.of(revisions);
    Map<String, String> out = new LinkedHashMap<>();
    for (String id : index.graph().order()) {
      out.put(id, index.recorded(id).checksum());
    }
    return out;
  }

  /** Another layout of the same code: tabs, blank lines, a comment after every statement, one-line imports. */
  static String reformat(String source) {
    StringBuilder out = new StringBuilder("/* reformatted */\n");
    boolean inTextBlock = false;
    for (String line : source.split("\n", -1)) {
      boolean delimits = line.split("\"\"\"", -1).length % 2 == 0;
      if (delimits || inTextBlock) {
        out.append(line).append('\n');
        inTextBlock ^= delimits;
        continue;
      }
      String stripped = line.strip();
      out.append("\t".repeat((line.length() - line.stripLeading().length()) / 2)).append(stripped);
      if (stripped.endsWith(";") || stripped.endsWith("{")) {
        out.append(" // same code");
      }
      out.append("\n\n");
    }
    return out.toString();
  }

  @Test
  void sameSourcesCompiledByJdk17AndJdk25OrReformattedGiveTheSameChecksums() throws Exception {
    Path original = sources("original", s -> s);
    Path reformatted = sources("reformatted", ReliabilityTamperingTest::reformat);
    List<RevisionDescriptor> by17 = load(compile(JDK17, original, "jdk17"));
    List<RevisionDescriptor> by25 = load(compile(JDK25, original, "jdk25", "--release", "17"));
    List<RevisionDescriptor> reformatted17 = load(compile(JDK17, reformatted, "jdk17-reformatted"));
    List<RevisionDescriptor> reformatted25 = load(compile(JDK25, reformatted, "jdk25-reformatted", "--release",
        "17"));
    Map<String, String> expected = checksums(by17);
    assertEquals(3, expected.size());
    assertEquals(expected, checksums(by25));
    assertEquals(expected, checksums(reformatted17));
    assertEquals(expected, checksums(reformatted25));
    System.out.println("[reliability] checksums identical across JDK 17, JDK 25 and reformatting: " + expected);

    for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
      try (TestDatabase db = TestDatabases.create(kind)) {
        Retort.configure().dataSource(db.dataSource()).discover(false).revisions(Fixture.catalog(by17)).load()
            .upgrade("head");
        FaultyDataSource ds = new FaultyDataSource(db.dataSource());
        assertEquals(List.of(), Retort.configure().dataSource(ds).discover(false)
            .revisions(Fixture.catalog(reformatted25)).load().upgrade("head").applied());
        assertEquals(List.of("3"), Db.column(db.dataSource(), "SELECT count(*) FROM items WHERE flag"));
      }
    }
  }

  /** Guards the fixture above: an edit that changes what a revision does must change its checksum. */
  @Test
  void anEditThatChangesTheOperationsChangesTheChecksum() {
    @Revision(id = "x")
    final class A implements Migration {
      @Override
      public void upgrade(Ops ops) {
        ops.addColumn("t", Column.of("c", ColumnType.varchar(10)));
      }

      @Override
      public void downgrade(Ops ops) {}
    }
    @Revision(id = "x")
    final class B implements Migration {
      @Override
      public void upgrade(Ops ops) {
        ops.addColumn("t", Column.of("c", ColumnType.varchar(11)));
      }

      @Override
      public void downgrade(Ops ops) {}
    }
    List<RevisionDescriptor> a = List.of(new RevisionDescriptor("x", List.of(), "", A::new));
    List<RevisionDescriptor> b = List.of(new RevisionDescriptor("x", List.of(), "", B::new));
    assertTrue(!checksums(a).equals(checksums(b)));
  }
}
