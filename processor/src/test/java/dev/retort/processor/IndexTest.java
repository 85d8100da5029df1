package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.retort.runtime.IndexFile;
import dev.retort.runtime.RetortConfigurationException;
import dev.retort.runtime.RevisionCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** The revision index: its text pinned by goldens, read back by the runtime, its heads what the runtime computes. */
class IndexTest {
  @TempDir
  Path dir;

  private static final String[] BASIC = {"entities/good/basic/Everything.java", "entities/good/basic/Status.java",
      "entities/good/basic/Priority.java", "entities/good/basic/YesNoConverter.java",
      "entities/good/basic/Money.java"};

  @Test
  void indexOfACleanBuild(TestInfo info) throws Exception {
    Harness h = new Harness(dir);
    assertThat(h.compile(BASIC)).failed();
    Compilation clean = h.compile(h.revisionSources(), BASIC);
    assertThat(clean).succeeded(); // the fixture uses deprecated annotations on purpose
    assertEquals(List.of(), clean.generatedSourceFiles(), "the index is a resource: no source, no extra round");
    String text = Harness.indexText(clean);
    Goldens.assertGolden(info, "revisions.index", text);

    RevisionCatalog catalog = IndexFile.parse(text, "test", Harness.classLoader(clean));
    RevisionCatalog computed = catalog::revisions;
    assertEquals(1, catalog.heads().size());
    assertEquals(computed.heads(), catalog.heads());
    assertEquals(catalog.heads().get(0), catalog.revisions().get(0).id());
    assertEquals(h.onlyRevisionName(), catalog.revisions().get(0).factory().get().getClass().getSimpleName());
  }

  @Test
  void headsOfBranchesAndAMerge(TestInfo info) {
    List<IndexFile.Entry> entries = List.of(
        new IndexFile.Entry("0001", List.of(), "base", "com.example.db.V1"),
        new IndexFile.Entry("a1", List.of("0001"), "branch a", "com.example.db.A1"),
        new IndexFile.Entry("b1", List.of("0001"), "branch b", "com.example.db.B1"),
        new IndexFile.Entry("m1", List.of("a1", "b1"), "merge", "com.example.db.Revisions$M1"),
        new IndexFile.Entry("c1", List.of("0001"), "branch c\twith\ttabs\nand a new line", "com.example.db.C1"));
    String text = IndexFile.format(entries);
    Goldens.assertGolden(info, "revisions.index", text);
    RevisionCatalog read = IndexFile.parse(text, "test", getClass().getClassLoader());
    assertEquals(List.of("c1", "m1"), read.heads());
    assertEquals(List.of("a1", "b1"), read.revisions().get(4).parents());
    assertEquals("branch c\twith\ttabs\nand a new line", read.revisions().get(3).message());
  }

  @Test
  void anUnreadableIndexNamesItself() {
    RetortConfigurationException e = assertThrows(RetortConfigurationException.class,
        () -> IndexFile.parse("heads\tx\nrevision\tx\n", "jar:file:/app.jar!/" + IndexFile.PATH, null));
    assertEquals("the revision index jar:file:/app.jar!/META-INF/retort/revisions.index is not one this runtime can"
        + " read (line 2). Rebuild the application with the processor of the same Retort version.", e.getMessage());
  }
}
