package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.retort.processor.write.IndexWriter;
import dev.retort.runtime.RevisionCatalog;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** The generated revision index: its source pinned by goldens, its heads equal to what the runtime computes. */
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
    assertThat(clean).succeeded();
    String name = Harness.PACKAGE + "." + IndexWriter.INDEX_CLASS;
    JavaFileObject index = clean.generatedSourceFile(name).orElseThrow();
    Goldens.assertGolden(info, name + ".java", index.getCharContent(true).toString());

    RevisionCatalog catalog = (RevisionCatalog) Harness.classLoader(clean).loadClass(name).getDeclaredConstructor()
        .newInstance();
    RevisionCatalog computed = catalog::revisions;
    assertEquals(1, catalog.heads().size());
    assertEquals(computed.heads(), catalog.heads());
  }

  @Test
  void headsOfBranchesAndAMerge(TestInfo info) {
    List<IndexWriter.Entry> entries = List.of(
        new IndexWriter.Entry("0001", List.of(), "base", "com.example.db.V1", null),
        new IndexWriter.Entry("a1", List.of("0001"), "branch a", "com.example.db.A1", null),
        new IndexWriter.Entry("b1", List.of("0001"), "branch b", "com.example.db.B1", null),
        new IndexWriter.Entry("m1", List.of("a1", "b1"), "merge", "com.example.db.M1", null),
        new IndexWriter.Entry("c1", List.of("0001"), "branch c", "com.example.db.C1", null));
    Goldens.assertGolden(info, Harness.PACKAGE + "." + IndexWriter.INDEX_CLASS + ".java",
        IndexWriter.javaFile(Harness.PACKAGE, entries).toString());
  }
}
