package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static List<String> ids(List<Planner.Step> steps) {
    return steps.stream().map(s -> s.revision() + (s.direction() == Direction.UP ? "+" : "-")).toList();
  }

  @Test
  void upgradeAppliesMissingAncestorsParentsFirst() {
    RevisionGraph g = RevisionGraphTest.branched();
    assertEquals(List.of("a1+", "a2+", "a3+", "b1+", "b2+", "m+", "c1+"), ids(Planner.upgrade(g, Set.of(), Set.of("c1"))));
    assertEquals(List.of("b1+", "b2+", "m+"), ids(Planner.upgrade(g, Set.of("a3"), Set.of("m"))));
    assertEquals(List.of(), ids(Planner.upgrade(g, Set.of("m"), Set.of("a3"))));
    assertEquals(List.of("b1+"), ids(Planner.upgrade(g, Set.of("a2"), Set.of("b1"))));
  }

  @Test
  void downgradeRevertsDescendantsNewestFirstAndLeavesOtherBranches() {
    RevisionGraph g = RevisionGraphTest.branched();
    assertEquals(List.of("c1-", "m-"), ids(Planner.downgrade(g, Set.of("c1"), Set.of("a3", "b2"))));
    assertEquals(List.of("a3-"), ids(Planner.downgrade(g, Set.of("a3", "b2"), Set.of("a2"))));
    assertEquals(List.of("c1-", "m-", "b2-", "b1-", "a3-", "a2-", "a1-"), ids(Planner.downgrade(g, Set.of("c1"), Set.of())));
    UnknownRevisionException e = assertThrows(UnknownRevisionException.class,
        () -> Planner.downgrade(g, Set.of("a2"), Set.of("b1")));
    assertEquals("cannot downgrade to b1: not applied (the database is at a2); use upgrade to move forward", e.getMessage());
  }
}
