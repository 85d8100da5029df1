package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of change, through the real processor: compile the todo model once (revision 1), change it, compile
 * again with revision 1 among the sources, and pin revision 2 and the new snapshot by golden files.
 */
class DiffTest {
  private static final String[] V1 = {"Todo", "User", "Status", "Priority"};

  @TempDir
  Path dir;

  private Harness h;
  private String firstRevision;

  @BeforeEach
  void firstRevision() {
    h = new Harness(dir);
    Compilation c = h.compile(List.of(files(Map.of())));
    assertThat(c).hadErrorContaining("[retort:review] wrote ");
    firstRevision = h.onlyRevisionName();
    h.option("retort.now", "2026-11-23T09:05");
  }

  /** The v1 model with some files replaced by those of a variant directory. */
  static JavaFileObject[] files(Map<String, String> replaced) {
    List<JavaFileObject> out = new ArrayList<>();
    for (String name : V1) {
      String dir = replaced.getOrDefault(name, "entities/good/todo_v1");
      out.add(JavaFileObjects.forResource(dir + "/" + name + ".java"));
    }
    return out.toArray(JavaFileObject[]::new);
  }

  private Compilation second(String variant, String... names) {
    Map<String, String> replaced = new LinkedHashMap<>();
    for (String n : names) {
      replaced.put(n, variant);
    }
    List<JavaFileObject> sources = new ArrayList<>(h.revisionSources());
    sources.addAll(List.of(files(replaced)));
    return h.compile(sources);
  }

  private String secondRevision() {
    Map<String, String> all = h.writtenRevisions();
    assertEquals(2, all.size(), "revisions: " + all.keySet());
    all.remove(firstRevision);
    return all.keySet().iterator().next();
  }

  private void golden(TestInfo info, Compilation c) {
    assertThat(c).hadErrorContaining("[retort:review] wrote ");
    assertThat(c).hadErrorCount(1);
    String name = secondRevision();
    String source = h.writtenRevisions().get(name);
    assertTrue(source.contains("parents = \"" + firstRevisionId() + "\""), source);
    Goldens.assertGolden(info, Harness.PACKAGE + "." + name + ".java", source);
    Goldens.assertGolden(info, "snapshot.json", h.snapshotText());
  }

  private String firstRevisionId() {
    String s = h.writtenRevisions().get(firstRevision);
    int i = s.indexOf("id = \"") + 6;
    return s.substring(i, s.indexOf('"', i));
  }

  @Test
  void firstRevisionCreatesEverything(TestInfo info) {
    Goldens.assertGolden(info, Harness.PACKAGE + "." + firstRevision + ".java",
        h.writtenRevisions().get(firstRevision));
    Goldens.assertGolden(info, "snapshot.json", h.snapshotText());
  }

  @Test
  void addColumns(TestInfo info) {
    Compilation c = second("entities/good/todo_add", "Todo");
    assertThat(c).hadWarningContaining("[retort:destructive] the new revision adds NOT NULL column todos.code without"
        + " a default; it fails while the table has rows (add @DbDefault or backfill first); review it before"
        + " applying (suppress with @SuppressWarnings(\"retort:destructive\"))")
        .inFile(JavaFileObjects.forResource("entities/good/todo_add/Todo.java"))
        .onLineContaining("private String code;");
    assertThat(c).hadWarningCount(1);
    golden(info, c);
  }

  @Test
  void renameFromHints(TestInfo info) {
    Compilation c = second("entities/good/todo_rename", "Todo", "User");
    assertThat(c).hadWarningCount(0);
    golden(info, c);
  }

  @Test
  void dropAndAddOfSameTypeSuggestsRename(TestInfo info) throws Exception {
    Compilation c = second("entities/good/todo_suggest", "Todo");
    assertThat(c).hadWarningContaining("[retort:rename] column todos.body is dropped and todos.notes of the same type"
        + " is added; if it was renamed, annotate the attribute with @RenamedFrom(\"body\") to keep its data, then"
        + " delete the generated revision and build again")
        .inFile(JavaFileObjects.forResource("entities/good/todo_suggest/Todo.java"))
        .onLineContaining("private String notes;");
    golden(info, c);
  }

  @Test
  void dropColumnsWarnsOnTheEntity(TestInfo info) {
    Compilation c = second("entities/good/todo_drop", "Todo");
    JavaFileObject todo = JavaFileObjects.forResource("entities/good/todo_drop/Todo.java");
    assertThat(c).hadWarningContaining("[retort:destructive] the new revision drops column todos.body and its values;"
        + " review it before applying (suppress with @SuppressWarnings(\"retort:destructive\"))")
        .inFile(todo).onLineContaining("public class Todo");
    assertThat(c).hadWarningContaining("drops column todos.owner_id and its values").inFile(todo)
        .onLineContaining("public class Todo");
    golden(info, c);
  }

  @Test
  void destructiveWarningsCanBeSuppressedOnTheEntity() {
    Compilation c = second("entities/good/todo_drop_suppressed", "Todo");
    assertThat(c).hadWarningCount(0);
    assertThat(c).hadErrorContaining("[retort:review] wrote ");
    assertTrue(h.writtenRevisions().get(secondRevision()).contains("// DESTRUCTIVE: drops column todos.body"));
  }

  @Test
  void alterTypeNullabilityAndDefault(TestInfo info) {
    Compilation c = second("entities/good/todo_alter", "Todo");
    JavaFileObject todo = JavaFileObjects.forResource("entities/good/todo_alter/Todo.java");
    assertThat(c).hadWarningContaining("[retort:destructive] the new revision narrows column todos.title from"
        + " varchar(200) to varchar(100); values that do not fit fail or are cut").inFile(todo)
        .onLineContaining("private String title;");
    assertThat(c).hadWarningContaining("[retort:destructive] the new revision makes column todos.body NOT NULL"
        + " without a default; it fails while a row holds NULL").inFile(todo).onLineContaining("private String body;");
    golden(info, c);
  }

  @Test
  void indexesUniqueConstraintsAndForeignKeys(TestInfo info) {
    golden(info, second("entities/good/todo_constraints", "Todo"));
  }

  @Test
  void identityToSequence(TestInfo info) {
    golden(info, second("entities/good/todo_sequence", "Todo"));
  }

  @Test
  void enumConstantsChangeCheckConstraints(TestInfo info) {
    golden(info, second("entities/good/todo_enum", "Status", "Priority"));
  }

  @Test
  void dropTableWhenTheEntityIsGone(TestInfo info) throws Exception {
    List<JavaFileObject> sources = new ArrayList<>(h.revisionSources());
    sources.add(JavaFileObjects.forResource("entities/good/todo_drop/Todo.java"));
    sources.add(JavaFileObjects.forResource("entities/good/todo_v1/Status.java"));
    sources.add(JavaFileObjects.forResource("entities/good/todo_v1/Priority.java"));
    Compilation c = h.compile(sources);
    assertThat(c).hadWarningContaining("[retort:destructive] the new revision drops table users and all its rows");
    golden(info, c);
  }

  @Test
  void ordinalReorderIsAnErrorOnTheEnum() throws Exception {
    Compilation c = second("entities/bad/todo_ordinal", "Priority");
    assertThat(c).hadErrorContaining("[retort:enum] enum todo.Priority is stored by ordinal and its constants changed"
        + " from [LOW, HIGH] to [HIGH, LOW]; rows already store the old positions, so only appending (or removing the"
        + " last) constants is safe. Restore the order and append new constants at the end, or map it with @Enumerated(EnumType.STRING)"
        + " in a revision that converts the data")
        .inFile(JavaFileObjects.forResource("entities/bad/todo_ordinal/Priority.java"))
        .onLineContaining("public enum Priority");
    assertThat(c).hadErrorCount(1);
    assertEquals(1, h.writtenRevisions().size());
  }

  @Test
  void unchangedModelWritesNothingAndGeneratesTheIndex(TestInfo info) throws Exception {
    String before = h.snapshotText();
    long modified = Files.getLastModifiedTime(h.snapshot).toMillis();
    Compilation c = second("entities/good/todo_v1");
    assertThat(c).succeededWithoutWarnings();
    assertEquals(before, h.snapshotText());
    assertEquals(modified, Files.getLastModifiedTime(h.snapshot).toMillis());
    assertEquals(1, h.writtenRevisions().size());
    assertEquals(List.of(), c.generatedSourceFiles());
    Goldens.assertGolden(info, "revisions.index", Harness.indexText(c));
  }
}
