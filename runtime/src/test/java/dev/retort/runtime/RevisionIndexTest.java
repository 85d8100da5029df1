package dev.retort.runtime;

import static dev.retort.runtime.RevisionGraphTest.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
