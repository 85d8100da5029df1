package dev.retort.runtime;

import static dev.retort.runtime.RevisionGraphTest.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index answers heads and ids from the catalogs without building the graph, and builds it once on need. */
class RevisionIndexTest {
  @Test
  void defaultHeadsAreTheIdsNoRevisionNamesAsParent() {
    RevisionCatalog branched = () -> List.of(rev("m", "a2", "b1"), rev("a1"), rev("a2", "a1"), rev("b1", "a1"),
        rev("c1", "a1"));
    assertEquals(List.of("c1", "m"), branched.heads());
    assertEquals(RevisionGraph.of(branched.revisions()).heads(), branched.heads());
  }

  @Test
  void headsOfSeveralCatalogsAreThoseOfTheirUnion() {
    RevisionCatalog first = () -> List.of(rev("a1"), rev("a2", "a1"));
    RevisionCatalog second = () -> List.of(rev("a3", "a2"));
    RevisionIndex index = RevisionIndex.ofCatalogs(null, List.of(first, second));
    assertEquals(List.of("a3"), index.heads());
    assertTrue(index.contains("a1"));
    assertFalse(index.contains("zz"));
  }

  @Test
  void headsNeedNoValidGraphAndTheGraphIsRefusedOnEveryUse() {
    RevisionCatalog cycle = () -> List.of(rev("a1"), rev("b1", "c1"), rev("c1", "b1"), rev("d1", "a1"));
    RevisionIndex index = RevisionIndex.ofCatalogs(null, List.of(cycle));
    assertEquals(List.of("d1"), index.heads());
    assertThrows(RevisionCycleException.class, index::graph);
    assertThrows(RevisionCycleException.class, index::graph);
  }

  @Test
  void theGraphIsBuiltOnce() {
    int[] asked = new int[1];
    RevisionCatalog counted = () -> {
      asked[0]++;
      return List.of(rev("a1"), rev("a2", "a1"));
    };
    RevisionIndex index = RevisionIndex.ofCatalogs(null, List.of(counted));
    assertEquals(0, asked[0]);
    assertSame(index.graph(), index.graph());
    assertEquals(1, asked[0]);
  }

  @Test
  void indexFilesOfTwoOutputDirectoriesAreReadAsOneHistory(@TempDir Path dir) throws Exception {
    String revisions = TestRevisions.class.getName();
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    write(first, IndexFile.format(List.of(
        new IndexFile.Entry("0001", List.of(), "canary table", revisions + "$V1"),
        new IndexFile.Entry("0002", List.of("0001"), "second row", revisions + "$V2"))));
    write(second, IndexFile.format(List.of(
        new IndexFile.Entry("0003", List.of("0002"), "tags,\tand a tab", revisions + "$V3"))));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {first.toUri().toURL(), second.toUri().toURL()},
        getClass().getClassLoader())) {
      RevisionIndex index = RevisionIndex.ofCatalogs(loader, List.of());
      assertEquals(List.of("0003"), index.heads());
      assertEquals(List.of("0001", "0002", "0003"), index.graph().order());
      assertEquals("tags,\tand a tab", index.graph().revision("0003").message());
      assertEquals(TestRevisions.V3.class, index.recorded("0003").descriptor().factory().get().getClass());
    }
  }

  @Test
  void aRevisionClassTheIndexNamesButTheClassPathLacksIsNamedWhenFirstNeeded(@TempDir Path dir) throws Exception {
    write(dir, IndexFile.format(List.of(new IndexFile.Entry("0001", List.of(), "gone", "com.example.Gone"))));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      RevisionIndex index = RevisionIndex.ofCatalogs(loader, List.of());
      assertEquals(List.of("0001"), index.heads());
      RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> index.recorded("0001"));
      assertTrue(e.getMessage().contains("cannot create com.example.Gone, revision 0001 of file:"), e.getMessage());
    }
  }

  private static void write(Path classes, String index) throws Exception {
    Path file = classes.resolve(IndexFile.PATH);
    Files.createDirectories(file.getParent());
    Files.writeString(file, index);
  }
}
