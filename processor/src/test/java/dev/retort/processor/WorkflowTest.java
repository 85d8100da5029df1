package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.ops.Migration;
import dev.retort.ops.Op;
import dev.retort.ops.Ops;
import dev.retort.ops.SchemaReplay;
import dev.retort.processor.diff.DiffResult;
import dev.retort.processor.diff.Hints;
import dev.retort.processor.diff.SchemaDiff;
import dev.retort.processor.write.Snapshot;
import dev.retort.processor.write.SnapshotCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** The loop a user lives in: determinism, check mode, partial compiles, branches and hand-written revisions. */
class WorkflowTest {
  @TempDir
  Path dir;

  private static List<JavaFileObject> todo(String variantDir, String... replaced) {
    Map<String, String> m = new java.util.HashMap<>();
    for (String r : replaced) {
      m.put(r, variantDir);
    }
    return List.of(DiffTest.files(m));
  }

  private static List<JavaFileObject> plus(List<JavaFileObject> a, List<JavaFileObject> b) {
    List<JavaFileObject> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  @Test
  void sameInputsGiveTheSameBytes() {
    Harness a = new Harness(dir.resolve("a"));
    Harness b = new Harness(dir.resolve("b"));
    a.compile(todo("entities/good/todo_v1"));
    b.compile(todo("entities/good/todo_v1"));
    assertEquals(a.writtenRevisions(), b.writtenRevisions());
    assertEquals(a.snapshotText(), b.snapshotText());
  }

  @Test
  void messageOptionNamesTheRevision() {
    Harness h = new Harness(dir).option("retort.message", "Initial schema");
    h.compile(todo("entities/good/todo_v1"));
    assertEquals("V20261122_1530__initial_schema", h.onlyRevisionName());
    assertTrue(h.onlyRevision().contains("message = \"Initial schema\""), h.onlyRevision());
  }

  @Test
  void messagesCannotBreakTheGeneratedSource() {
    Harness h = new Harness(dir).option("retort.message", "close */ the \"comment\" & <b>$1</b>");
    h.compile(todo("entities/good/todo_v1"));
    Compilation c = Compiler.javac().withOptions("-Xlint:all", "-Werror")
        .compile(JavaFileObjects.forSourceString(Harness.PACKAGE + "." + h.onlyRevisionName(), h.onlyRevision()));
    assertThat(c).succeededWithoutWarnings();
    assertTrue(h.onlyRevision().contains("message = \"close */ the \\\"comment\\\" & <b>$1</b>\""), h.onlyRevision());
  }

  @Test
  void checkModePassesWhenCleanAndWritesNothing() throws Exception {
    Harness h = new Harness(dir);
    h.compile(todo("entities/good/todo_v1"));
    String snapshot = h.snapshotText();
    long modified = Files.getLastModifiedTime(h.snapshot).toMillis();
    h.option("retort.mode", "check").option("retort.now", "2026-11-23T10:00");
    Compilation c = h.compile(plus(h.revisionSources(), todo("entities/good/todo_v1")));
    assertThat(c).succeededWithoutWarnings();
    assertEquals(snapshot, h.snapshotText());
    assertEquals(modified, Files.getLastModifiedTime(h.snapshot).toMillis());
  }

  @Test
  void aSnapshotFormattedDifferentlyButEqualIsUpToDate() throws Exception {
    Harness h = new Harness(dir);
    h.compile(todo("entities/good/todo_v1"));
    String compact = h.snapshotText().replaceAll("\\n\\s*", "");
    Files.writeString(h.snapshot, compact);
    h.option("retort.mode", "check").option("retort.now", "2026-11-23T10:00");
    Compilation c = h.compile(plus(h.revisionSources(), todo("entities/good/todo_v1")));
    assertThat(c).succeededWithoutWarnings();
    assertEquals(compact, h.snapshotText());
  }

  @Test
  void checkModeFailsWhenTheModelChanged() {
    Harness h = new Harness(dir);
    h.compile(todo("entities/good/todo_v1"));
    String snapshot = h.snapshotText();
    h.option("retort.mode", "check").option("retort.now", "2026-11-23T10:00");
    Compilation c = h.compile(plus(h.revisionSources(), todo("entities/good/todo_add", "Todo")));
    assertThat(c).hadErrorContaining("[retort:check] the entities differ from the snapshot " + h.snapshot
        + " (add column todos.deletedAt; add column todos.archived; add column todos.code); build with"
        + " retort.mode=generate, review the"
        + " revision it writes and commit it");
    assertThat(c).hadErrorCount(1);
    assertEquals(snapshot, h.snapshotText());
    assertEquals(1, h.writtenRevisions().size());
  }

  @Test
  void partialCompileLooksUpKnownEntitiesByName() throws Exception {
    Harness h = new Harness(dir);
    h.compile("entities/good/partial/PartialOwner.java", "entities/good/partial/Memo.java");
    assertTrue(h.snapshotText().contains("\"dev.retort.processor.fixtures.PartialOwner\""));
    String snapshot = h.snapshotText();
    Compilation c = h.compile(plus(h.revisionSources(),
        List.of(JavaFileObjects.forResource("entities/good/partial/Memo.java"))));
    assertThat(c).succeededWithoutWarnings();
    assertEquals(snapshot, h.snapshotText());
    assertEquals(1, h.writtenRevisions().size());
  }

  @Test
  void twoHeadsGetAMergeRevision(TestInfo info) throws Exception {
    Harness h = new Harness(dir);
    List<JavaFileObject> branches = List.of(JavaFileObjects.forResource("revisions/heads/Base.java"),
        JavaFileObjects.forResource("revisions/heads/Left.java"),
        JavaFileObjects.forResource("revisions/heads/Right.java"));
    Compilation c = h.compile(branches);
    String merge = h.onlyRevisionName();
    Path written = h.revisionsDir.resolve("com/example/db/" + merge + ".java");
    assertThat(c).hadErrorContaining("[retort:heads] the revisions have 2 heads [left, right] (two branches each"
        + " added one); wrote the merge revision " + written + " and " + h.snapshot + "; review them, then build"
        + " again");
    assertThat(c).hadErrorCount(1);
    Goldens.assertGolden(info, Harness.PACKAGE + "." + merge + ".java", h.onlyRevision());

    Compilation clean = h.compile(plus(branches, h.revisionSources()));
    assertThat(clean).succeededWithoutWarnings();
    Goldens.assertGolden(info, "revisions.index", Harness.indexText(clean));
  }

  @Test
  void twoHeadsInCheckModeIsAnError() {
    Harness h = new Harness(dir).option("retort.mode", "check");
    Compilation c = h.compile(List.of(JavaFileObjects.forResource("revisions/heads/Base.java"),
        JavaFileObjects.forResource("revisions/heads/Left.java"),
        JavaFileObjects.forResource("revisions/heads/Right.java")));
    assertThat(c).hadErrorContaining("[retort:heads] the revisions have 2 heads [left, right]; build once with"
        + " retort.mode=generate to write a merge revision");
    assertTrue(h.writtenRevisions().isEmpty());
  }

  @Test
  void handWrittenRevisionChainsAndTheNextRevisionFollowsIt() {
    Harness h = new Harness(dir);
    h.compile(todo("entities/good/todo_v1"));
    String first = h.writtenRevisions().values().iterator().next();
    String firstId = first.substring(first.indexOf("id = \"") + 6, first.indexOf("\"", first.indexOf("id = \"") + 6));
    JavaFileObject seed = JavaFileObjects.forSourceString("com.example.db.SeedUsers", ""
        + "package com.example.db;\n"
        + "\n"
        + "import dev.retort.annotations.Revision;\n"
        + "import dev.retort.ops.Migration;\n"
        + "import dev.retort.ops.Ops;\n"
        + "\n"
        + "@Revision(id = \"seed_users\", parents = \"" + firstId + "\", message = \"seed users\")\n"
        + "public final class SeedUsers implements Migration {\n"
        + "  @Override\n"
        + "  public void upgrade(Ops ops) {\n"
        + "    ops.execute(\"insert into users (email) values ('admin@example.com')\");\n"
        + "  }\n"
        + "\n"
        + "  @Override\n"
        + "  public void downgrade(Ops ops) {\n"
        + "    ops.execute(\"delete from users where email = 'admin@example.com'\");\n"
        + "  }\n"
        + "}\n");
    Compilation clean = h.compile(plus(plus(h.revisionSources(), List.of(seed)), todo("entities/good/todo_v1")));
    assertThat(clean).succeededWithoutWarnings();
    String index = Harness.indexText(clean);
    assertTrue(index.contains("revision\tseed_users\tcom.example.db.SeedUsers\t" + firstId + "\tseed users\n"), index);

    h.option("retort.now", "2026-11-23T09:05");
    Compilation c = h.compile(plus(plus(h.revisionSources(), List.of(seed)), todo("entities/good/todo_add", "Todo")));
    assertThat(c).hadErrorContaining("[retort:review] wrote ");
    String second = h.writtenRevisions().entrySet().stream().filter(e -> e.getKey().startsWith("V20261123"))
        .findFirst().orElseThrow().getValue();
    assertTrue(second.contains("parents = \"seed_users\""), second);
    assertTrue(h.snapshotText().contains("\"head\": \"20261123_0905_"), h.snapshotText());
  }

  private static String source(Compilation c, String name) {
    try {
      return c.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The round trip DESIGN promises: the generated revision, compiled without warnings and run on a recording
   * {@link Ops}, yields exactly the diff's operations, and they move the snapshot schema forward and back.
   */
  @Test
  void generatedRevisionRecordsTheDiffsOperations() throws Exception {
    Harness h = new Harness(dir);
    h.compile(todo("entities/good/todo_v1"));
    Snapshot before = SnapshotCodec.decode(h.snapshotText());
    String firstName = h.onlyRevisionName();
    h.option("retort.now", "2026-11-23T09:05");
    h.compile(plus(h.revisionSources(), todo("entities/good/todo_constraints", "Todo")));
    Snapshot after = SnapshotCodec.decode(h.snapshotText());
    Map<String, String> revisions = h.writtenRevisions();
    revisions.remove(firstName);
    String name = revisions.keySet().iterator().next();

    Compilation compiled = Compiler.javac().withOptions("-Xlint:all", "-Werror")
        .compile(JavaFileObjects.forSourceString(Harness.PACKAGE + "." + name, revisions.get(name)));
    assertThat(compiled).succeededWithoutWarnings();
    Migration migration = (Migration) Harness.classLoader(compiled).loadClass(Harness.PACKAGE + "." + name)
        .getDeclaredConstructor().newInstance();
    List<Op> up = Ops.upgradeOf(migration);
    List<Op> down = Ops.downgradeOf(migration);

    DiffResult diff = SchemaDiff.diff(before.schema(), after.schema(), Hints.NONE);
    assertEquals(diff.upgrade(), up);
    assertEquals(diff.downgrade(), down);
    assertEquals(after.schema(), SchemaReplay.apply(before.schema(), up));
    assertEquals(before.schema(), SchemaReplay.apply(after.schema(), down));
  }
}
