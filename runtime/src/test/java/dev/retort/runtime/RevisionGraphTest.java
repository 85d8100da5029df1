package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {
  private static final Migration NOTHING = new Migration() {
    @Override
    public void upgrade(Ops ops) {}

    @Override
    public void downgrade(Ops ops) {}
  };

  static RevisionDescriptor rev(String id, String... parents) {
    return new RevisionDescriptor(id, List.of(parents), "", () -> NOTHING);
  }

  /** base a1 - a2 - a3 ; a1 - b1 - b2 ; merge m (a3, b2) ; c1 after m. */
  static RevisionGraph branched() {
    return RevisionGraph.of(List.of(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1", "a1"), rev("b2", "b1"),
        rev("m", "a3", "b2"), rev("c1", "m")));
  }

  static RevisionGraph linear() {
    return RevisionGraph.of(List.of(rev("0001"), rev("0002", "0001"), rev("0003", "0002"), rev("0004", "0003"),
        rev("1000", "0004")));
  }

  @Test
  void ordersParentsFirstAndFindsHeadsAndMerges() {
    RevisionGraph g = branched();
    assertEquals(List.of("a1", "a2", "a3", "b1", "b2", "m", "c1"), g.order());
    assertEquals(List.of("c1"), g.heads());
    assertEquals("a1", g.base());
    assertTrue(g.isMerge("m"));
    assertEquals(List.of("a2", "b1"), g.children("a1"));
    assertEquals(List.of("a2", "b1"), g.headsOf(Set.of("a1", "a2", "b1")).stream().sorted().toList());
  }

  @Test
  void resolvesEveryTargetForm() {
    RevisionGraph g = linear();
    assertEquals(Set.of("1000"), g.resolve("head", Set.of()));
    assertEquals(Set.of("1000"), g.resolve("heads", Set.of()));
    assertEquals(Set.of(), g.resolve("base", Set.of("0003")));
    assertEquals(Set.of("0003"), g.resolve("0003", Set.of()));
    assertEquals(Set.of("1000"), g.resolve("1", Set.of()));
    assertEquals(Set.of("0002"), g.resolve("+2", Set.of()));
    assertEquals(Set.of("0004"), g.resolve("+2", Set.of("0002")));
    assertEquals(Set.of("0002"), g.resolve("-1", Set.of("0003")));
    assertEquals(Set.of(), g.resolve("-3", Set.of("0003")));
    assertEquals(Set.of("0004"), g.resolve("0002+2", Set.of()));
    assertEquals(Set.of("0003"), g.resolve("1000-2", Set.of()));
    assertEquals(Set.of("0003"), g.resolve("head-2", Set.of()));
  }

  @Test
  void refusesAmbiguousUnknownAndOutOfRangeTargets() {
    RevisionGraph g = linear();
    assertEquals("revision prefix '000' is ambiguous; it matches 0001, 0002, 0003, 0004. Give more characters of the id.",
        assertThrows(UnknownRevisionException.class, () -> g.resolve("000", Set.of())).getMessage());
    assertEquals("no revision matches 'zz'; the heads are 1000. Run `heads` or `history` to list them.",
        assertThrows(UnknownRevisionException.class, () -> g.resolve("zz", Set.of())).getMessage());
    assertEquals("target +3 goes past head 1000 after 1 step(s)",
        assertThrows(UnknownRevisionException.class, () -> g.resolve("+3", Set.of("0004"))).getMessage());
    assertEquals("target -4 goes below base after 3 step(s)",
        assertThrows(UnknownRevisionException.class, () -> g.resolve("-4", Set.of("0003"))).getMessage());
    assertEquals(ErrorCode.UNKNOWN_REVISION,
        assertThrows(UnknownRevisionException.class, () -> g.resolve("", Set.of())).code());
  }

  @Test
  void relativeTargetsRefuseToGuessABranch() {
    RevisionGraph g = branched();
    assertEquals("target +1 is ambiguous: revision a1 has 2 children (a2, b1); name one, as <id>+N",
        assertThrows(UnknownRevisionException.class, () -> g.resolve("+1", Set.of("a1"))).getMessage());
    assertEquals(Set.of("b2"), g.resolve("b1+1", Set.of()));
    assertEquals(Set.of("a3", "b2"), g.resolve("-1", Set.of("m")));
    assertEquals("target -2 is ambiguous: it starts from several revisions (a3, b2); name one, as <id>-N",
        assertThrows(UnknownRevisionException.class, () -> g.resolve("-2", Set.of("m"))).getMessage());
  }

  @Test
  void headIsRefusedWithTwoHeads() {
    RevisionGraph g = RevisionGraph.of(List.of(rev("a"), rev("b", "a"), rev("c", "a")));
    MultipleHeadsException e = assertThrows(MultipleHeadsException.class, () -> g.resolve("head", Set.of()));
    assertEquals("the revisions have 2 heads: b, c. Run `merge` to create a revision joining them, or name a"
        + " target: upgrade heads, or a revision id.", e.getMessage());
    assertEquals(ErrorCode.MULTIPLE_HEADS, e.code());
    assertEquals(Set.of("b", "c"), g.resolve("heads", Set.of()));
  }

  @Test
  void refusesInvalidGraphsEachWithItsOwnError() {
    DuplicateRevisionException dup = assertThrows(DuplicateRevisionException.class,
        () -> RevisionGraph.of(List.of(rev("a"), rev("a", "a"))));
    assertEquals("revision ids must be unique; used more than once: a (\"a\", \"a\"). Give one of each pair a new id"
        + " before it is applied anywhere.", dup.getMessage());
    assertEquals(ErrorCode.DUPLICATE_REVISION, dup.code());

    DuplicateRevisionException empty = assertThrows(DuplicateRevisionException.class,
        () -> RevisionGraph.of(List.of(rev("a"), rev(" ", "a"))));
    assertEquals("a revision id must not be empty; found 1 revision(s) without one: \" \". Give each a unique id in"
        + " @Revision(id = ...).", empty.getMessage());

    MissingParentException missing = assertThrows(MissingParentException.class,
        () -> RevisionGraph.of(List.of(rev("a"), rev("b", "gone"))));
    assertEquals("revision b names parent gone, which does not exist. Restore the missing revision, or correct the"
        + " parents in @Revision(parents = ...).", missing.getMessage());
    assertEquals(ErrorCode.MISSING_PARENT, missing.code());

    RevisionCycleException cycle = assertThrows(RevisionCycleException.class,
        () -> RevisionGraph.of(List.of(rev("a"), rev("b", "a", "d"), rev("c", "b"), rev("d", "c"))));
    assertEquals("the revisions' parents form a cycle: b -> c -> d -> b. A revision must come after its parents;"
        + " correct @Revision(parents = ...).", cycle.getMessage());
    assertEquals(ErrorCode.REVISION_CYCLE, cycle.code());

    BaseRevisionException bases = assertThrows(BaseRevisionException.class,
        () -> RevisionGraph.of(List.of(rev("a"), rev("b"))));
    assertEquals("there must be exactly one base revision (one without parents); found 2: a, b. Give all but the"
        + " first a parent.", bases.getMessage());
  }

  @Test
  void randomGraphsGiveOnlyClearErrors() {
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 2000; round++) {
      int n = 1 + random.nextInt(6);
      List<RevisionDescriptor> revs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String id = random.nextInt(10) == 0 ? "" : "r" + random.nextInt(n + 1);
        List<String> parents = new ArrayList<>();
        int k = random.nextInt(3);
        for (int j = 0; j < k; j++) {
          parents.add("r" + random.nextInt(n + 2));
        }
        revs.add(new RevisionDescriptor(id, parents, "", () -> NOTHING));
      }
      try {
        RevisionGraph g = RevisionGraph.of(revs);
        for (String target : List.of("head", "heads", "base", "+1", "-1", "r1", "r", "r1+1")) {
          try {
            g.resolve(target, g.heads().isEmpty() ? Set.of() : Set.of(g.heads().get(0)));
          } catch (RetortException expected) {
            assertTrue(expected.getMessage().length() > 10, expected.getMessage());
          }
        }
      } catch (RetortException expected) {
        assertTrue(expected.getMessage().length() > 10, expected.getMessage());
      }
    }
  }
}
