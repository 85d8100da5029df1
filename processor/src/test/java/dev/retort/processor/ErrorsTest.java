package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every processor error: its literal text, on the file and line at fault, and nothing generated after it. */
class ErrorsTest {
  private static final String MODEL_V1 = "entities/good/todo_v1/";

  @TempDir
  Path dir;

  private static JavaFileObject bad(String name) {
    return JavaFileObjects.forResource("entities/bad/mapping/" + name + ".java");
  }

  private Compilation compileBad(String... names) {
    Harness h = new Harness(dir);
    List<JavaFileObject> files = new java.util.ArrayList<>();
    for (String n : names) {
      files.add(bad(n));
    }
    Compilation c = h.compile(files);
    assertTrue(h.writtenRevisions().isEmpty(), "nothing may be written after an error");
    assertFalse(Files.exists(h.snapshot), "no snapshot may be written after an error");
    return c;
  }

  @Test
  void unsupportedTypeIsAnErrorOnTheField() {
    Compilation c = compileBad("Broken", "Plain");
    assertThat(c).hadErrorContaining("[retort:type] cannot map attribute 'worker' of type java.lang.Thread to a column;"
        + " use a JPA basic type, mark it @Transient, or add @Convert with an AttributeConverter")
        .inFile(bad("Broken")).onLineContaining("private Thread worker;");
  }

  @Test
  void associationToANonEntity() {
    Compilation c = compileBad("Broken", "Plain");
    assertThat(c).hadErrorContaining("[retort:mapping] association 'owner' points to java.lang.String, which is not an"
        + " @Entity; set targetEntity or map the attribute as @Embedded or @ElementCollection")
        .inFile(bad("Broken")).onLineContaining("private String owner;");
  }

  @Test
  void embeddedTypeWithoutEmbeddable() {
    Compilation c = compileBad("Broken", "Plain");
    assertThat(c).hadErrorContaining("[retort:mapping] type mapping.Plain is used as @Embedded or @EmbeddedId but is"
        + " not annotated @Embeddable").inFile(bad("Broken")).onLineContaining("private Plain plain;");
  }

  @Test
  void mapCollectionsAreNotSupported() {
    Compilation c = compileBad("Broken", "Plain");
    assertThat(c).hadErrorContaining("[retort:mapping] Retort does not support map-valued collections yet; mark the"
        + " attribute @Transient and write that part of the schema in a hand-written revision")
        .inFile(bad("Broken")).onLineContaining("private Map<String, String> attributes;");
  }

  @Test
  void invalidColumnDefinition() {
    Compilation c = compileBad("Broken", "Plain");
    assertThat(c).hadErrorContaining("[retort:mapping] attribute 'ratio' has an invalid column definition: DECIMAL"
        + " scale 10 exceeds precision 5; fix its @Column").inFile(bad("Broken"))
        .onLineContaining("private BigDecimal ratio;");
  }

  @Test
  void indexOnAnUnknownColumn() {
    Compilation c = compileBad("Broken", "Plain");
    assertThat(c).hadErrorContaining("[retort:mapping] index ix_broken_nope of table broken names column nope, which"
        + " the table does not have; its columns are: id").inFile(bad("Broken"))
        .onLineContaining("@Table(name = \"broken\"");
  }

  @Test
  void entityWithoutKey() {
    Compilation c = compileBad("NoKey");
    assertThat(c).hadErrorContaining("[retort:mapping] entity mapping.NoKey has no @Id or @EmbeddedId attribute;"
        + " every entity needs a primary key").inFile(bad("NoKey")).onLineContaining("public class NoKey");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void columnMappedTwice() {
    Compilation c = compileBad("Twice");
    assertThat(c).hadErrorContaining("[retort:mapping] column label of table Twice is mapped twice with different"
        + " definitions; rename one with @Column(name = \"...\") or @AttributeOverride").inFile(bad("Twice"))
        .onLineContaining("private int other;");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void sequenceDeclaredTwiceDifferently() {
    Compilation c = compileBad("SeqA", "SeqB");
    assertThat(c).hadErrorContaining("[retort:mapping] sequence shared_seq is declared twice with different settings"
        + " (start 1, increment 10 and start 1, increment 20); give both generators the same initialValue and"
        + " allocationSize").inFile(bad("SeqB")).onLineContaining("private Long id;");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void missingOptionsAreNamed() {
    Compilation c = Compiler.javac().withProcessors(new RetortProcessor())
        .compile(JavaFileObjects.forResource(MODEL_V1 + "User.java"));
    assertThat(c).hadErrorContaining("[retort:option] missing option retort.snapshot (the committed snapshot file,"
        + " e.g. src/main/retort/snapshot.json); pass it to javac as -Aretort.snapshot=...");
    assertThat(c).hadErrorContaining("[retort:option] missing option retort.revisions.dir (the source root revisions"
        + " are written to, e.g. src/main/java); pass it to javac as -Aretort.revisions.dir=...");
    assertThat(c).hadErrorContaining("[retort:option] missing option retort.revisions.package (the package of"
        + " revision classes, e.g. com.example.db); pass it to javac as -Aretort.revisions.package=...");
    assertThat(c).hadErrorCount(3);
  }

  @Test
  void invalidOptionValuesAreNamed() {
    Harness h = new Harness(dir).option("retort.mode", "apply").option("retort.naming", "kebab")
        .option("retort.now", "yesterday").option("retort.revisions.package", "com.example-db");
    Compilation c = h.compile(MODEL_V1 + "User.java");
    assertThat(c).hadErrorContaining("[retort:option] option retort.mode has the invalid value 'apply'; allowed:"
        + " generate, check");
    assertThat(c).hadErrorContaining("[retort:option] option retort.naming has the invalid value 'kebab'; allowed:"
        + " jpa, snake");
    assertThat(c).hadErrorContaining("[retort:option] option retort.now has the invalid value 'yesterday'; allowed: a"
        + " local date-time such as 2026-11-22T15:30");
    assertThat(c).hadErrorContaining("[retort:option] option retort.revisions.package has the invalid value"
        + " 'com.example-db'; allowed: a Java package name");
    assertThat(c).hadErrorCount(4);
  }

  @Test
  void corruptSnapshotNamesTheFile() {
    Harness h = new Harness(dir).snapshotFrom("snapshots/corrupt.json");
    Compilation c = h.compile(MODEL_V1 + "User.java");
    assertThat(c).hadErrorContaining("[retort:snapshot] cannot read the snapshot " + h.snapshot
        + " (option retort.snapshot): malformed JSON: ");
    assertThat(c).hadErrorContaining("; restore it from version control or delete it to start from an empty schema");
    assertThat(c).hadErrorCount(1);
    assertTrue(h.writtenRevisions().isEmpty());
  }

  @Test
  void badColumnTypeInSnapshot() {
    Harness h = new Harness(dir).snapshotFrom("snapshots/badtype.json");
    Compilation c = h.compile(MODEL_V1 + "User.java");
    assertThat(c).hadErrorContaining("[retort:snapshot] cannot read the snapshot " + h.snapshot
        + " (option retort.snapshot): invalid content: unknown column type kind 'WIDGET' in: WIDGET(3); restore it"
        + " from version control or delete it to start from an empty schema");
  }

  @Test
  void unknownSnapshotVersion() {
    Harness h = new Harness(dir).snapshotFrom("snapshots/future.json");
    Compilation c = h.compile(MODEL_V1 + "User.java");
    assertThat(c).hadErrorContaining("[retort:snapshot] the snapshot " + h.snapshot + " has formatVersion 99, but"
        + " this Retort reads version 1; use the Retort version that wrote it");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void revisionThatIsNotAMigration() {
    JavaFileObject file = JavaFileObjects.forResource("entities/bad/revisions/NotAMigration.java");
    Compilation c = new Harness(dir).compile(List.of(file));
    assertThat(c).hadErrorContaining("[retort:revision] revision class com.example.db.NotAMigration must be a public,"
        + " non-abstract class with a public no-argument constructor implementing dev.retort.ops.Migration")
        .inFile(file).onLineContaining("public final class NotAMigration");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void revisionWithUnknownParent() {
    JavaFileObject file = JavaFileObjects.forResource("entities/bad/revisions/Orphan.java");
    Compilation c = new Harness(dir).compile(List.of(file));
    assertThat(c).hadErrorContaining("[retort:revision] revision com.example.db.Orphan names parent missing, which no"
        + " @Revision class has").inFile(file).onLineContaining("@Revision(id = \"r2\"");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void anEscapingExceptionIsOneErrorWithoutTrace() {
    Harness h = new Harness(dir);
    Compilation c = Compiler.javac().withProcessors(new RetortProcessor(() -> {
      throw new IllegalStateException("boom");
    })).withOptions(h.options.entrySet().stream().map(e -> "-A" + e.getKey() + "=" + e.getValue()).toList())
        .compile(JavaFileObjects.forResource(MODEL_V1 + "User.java"));
    assertThat(c).hadErrorContaining("[retort:internal] internal error in Retort while processing the processor"
        + " options; please report (build with -Aretort.debug=true for details)");
    assertThat(c).hadErrorCount(1);
    assertFalse(c.errors().get(0).getMessage(null).contains("IllegalStateException"));
  }

  @Test
  void debugOptionShowsTheTrace() {
    Harness h = new Harness(dir).option("retort.debug", "true");
    Compilation c = Compiler.javac().withProcessors(new RetortProcessor(() -> {
      throw new IllegalStateException("boom");
    })).withOptions(h.options.entrySet().stream().map(e -> "-A" + e.getKey() + "=" + e.getValue()).toList())
        .compile(JavaFileObjects.forResource(MODEL_V1 + "User.java"));
    List<Diagnostic<? extends JavaFileObject>> errors = c.errors();
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).getMessage(null).contains("java.lang.IllegalStateException: boom"));
  }

  @Test
  void duplicateRevisionIds() {
    JavaFileObject a = JavaFileObjects.forSourceString("com.example.db.A", "package com.example.db;\n"
        + "@dev.retort.annotations.Revision(id = \"same\")\n"
        + "public final class A implements dev.retort.ops.Migration {\n"
        + "  public void upgrade(dev.retort.ops.Ops ops) {}\n"
        + "  public void downgrade(dev.retort.ops.Ops ops) {}\n"
        + "}\n");
    JavaFileObject b = JavaFileObjects.forSourceString("com.example.db.B", "package com.example.db;\n"
        + "@dev.retort.annotations.Revision(id = \"same\")\n"
        + "public final class B implements dev.retort.ops.Migration {\n"
        + "  public void upgrade(dev.retort.ops.Ops ops) {}\n"
        + "  public void downgrade(dev.retort.ops.Ops ops) {}\n"
        + "}\n");
    Compilation c = new Harness(dir).compile(List.of(a, b));
    assertThat(c).hadErrorContaining("[retort:revision] revision id same is used by both com.example.db.A and"
        + " com.example.db.B; ids must be unique").inFile(b).onLineContaining("@dev.retort.annotations.Revision");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void anExistingRevisionFileIsNotOverwritten() throws Exception {
    Harness h = new Harness(dir);
    h.compile(MODEL_V1 + "User.java");
    String written = h.onlyRevision();
    Files.delete(h.snapshot);
    Compilation c = h.compile(MODEL_V1 + "User.java");
    Path file = h.revisionsDir.resolve("com/example/db/" + h.onlyRevisionName() + ".java");
    assertThat(c).hadErrorContaining("[retort:io] cannot write " + file + ": the file already exists; delete it or"
        + " wait a minute and build again");
    assertThat(c).hadErrorCount(1);
    assertEquals(written, h.onlyRevision());
    assertFalse(Files.exists(h.snapshot));
  }

  @Test
  void oddMappings() {
    Compilation c = compileBad("Odd", "RawConverter", "Holder", "Twice");
    assertThat(c).hadErrorContaining("[retort:mapping] an index or unique constraint of table Odd names no column")
        .inFile(bad("Odd")).onLineContaining("@Table(indexes");
    assertThat(c).hadErrorContaining("[retort:mapping] attribute 'tags' of type java.lang.String needs a generic"
        + " Collection, List or Set type to be a collection mapping").inFile(bad("Odd"))
        .onLineContaining("private String tags;");
    assertThat(c).hadErrorContaining("[retort:type] cannot find the database-side type of converter"
        + " mapping.RawConverter used by attribute 'raw'; the converter must implement AttributeConverter<X, Y> with a"
        + " concrete Y").inFile(bad("Odd")).onLineContaining("@Convert(converter = RawConverter.class)");
    assertThat(c).hadErrorContaining("[retort:mapping] Retort does not support associations inside embeddables yet;"
        + " mark the attribute @Transient and write that part of the schema in a hand-written revision")
        .inFile(bad("Holder")).onLineContaining("Twice twice;");
  }

  @Test
  void valuesTheModelRefusesAreReportedOnTheEntity() {
    Compilation c = compileBad("ZeroSequence");
    assertThat(c).hadErrorContaining("[retort:mapping] entity mapping.ZeroSequence has an invalid mapping: sequence"
        + " zero has increment 0").inFile(bad("ZeroSequence")).onLineContaining("public class ZeroSequence");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void identifierThatDependsOnItself() {
    Compilation c = compileBad("SelfKey");
    assertThat(c).hadErrorContaining("[retort:mapping] the identifier of entity mapping.SelfKey depends on itself"
        + " through @Id associations").inFile(bad("SelfKey")).onLineContaining("public class SelfKey");
  }

  @Test
  void snapshotPathThatCannotBeRead() throws Exception {
    Harness h = new Harness(dir);
    Files.createDirectories(h.snapshot);
    Compilation c = h.compile(MODEL_V1 + "User.java");
    assertThat(c).hadErrorContaining("[retort:snapshot] cannot read the snapshot " + h.snapshot
        + " (option retort.snapshot): ");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void snapshotWhoseRevisionIsGone() {
    Harness h = new Harness(dir);
    h.compile(MODEL_V1 + "User.java");
    String head = h.snapshotText().replaceAll("(?s).*\"head\": \"([^\"]+)\".*", "$1");
    h.clearRevisions();
    Compilation c = h.compile(MODEL_V1 + "User.java");
    assertThat(c).hadErrorContaining("[retort:snapshot] the snapshot " + h.snapshot + " was written for revision "
        + head + ", but no @Revision class has that id; restore that revision class, or restore the snapshot that"
        + " matches the revisions you have");
    assertThat(c).hadErrorCount(1);
    assertTrue(h.writtenRevisions().isEmpty());
  }
}
