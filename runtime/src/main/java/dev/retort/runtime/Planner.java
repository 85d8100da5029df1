package dev.retort.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes the ordered steps from the revisions a database is at to a target, branch-aware as Alembic is: an
 * upgrade applies every ancestor of the target not yet applied (so reaching a merge applies the other branch
 * too), parents first; a downgrade reverts every applied descendant of the target, children first, and leaves
 * other branches alone.
 *
 * <pre>{@code
 * List<Planner.Step> steps = Planner.upgrade(graph, currentHeads, graph.resolve("head", currentHeads));
 * }</pre>
 */
public final class Planner {
  private Planner() {}

  /** One revision to apply or revert. */
  public record Step(String revision, Direction direction) {}

  /** The steps that apply every ancestor of {@code target} the database lacks; empty when none is missing. */
  public static List<Step> upgrade(RevisionGraph graph, Collection<String> current, Set<String> target) {
    Set<String> applied = graph.ancestors(current);
    Set<String> needed = new HashSet<>(graph.ancestors(target));
    needed.removeAll(applied);
    List<Step> steps = new ArrayList<>();
    for (String id : graph.sorted(needed)) {
      steps.add(new Step(id, Direction.UP));
    }
    return steps;
  }

  /**
   * The steps that revert every applied revision descending from {@code target} (all of them for base).
   *
   * @throws UnknownRevisionException when a target revision is not applied: downgrade only goes back
   */
  public static List<Step> downgrade(RevisionGraph graph, Collection<String> current, Set<String> target) {
    Set<String> applied = graph.ancestors(current);
    Set<String> notApplied = new TreeSet<>(target);
    notApplied.removeAll(applied);
    if (!notApplied.isEmpty()) {
      throw new UnknownRevisionException("cannot downgrade to " + String.join(", ", notApplied)
          + ": not applied (the database is at " + (current.isEmpty() ? "base" : String.join(", ", new TreeSet<>(current)))
          + "); use upgrade to move forward");
    }
    Set<String> remove = new HashSet<>(applied);
    if (!target.isEmpty()) {
      remove.retainAll(graph.descendants(target));
      remove.removeAll(target);
    }
    List<String> ordered = graph.sorted(remove);
    Collections.reverse(ordered);
    List<Step> steps = new ArrayList<>();
    for (String id : ordered) {
      steps.add(new Step(id, Direction.DOWN));
    }
    return steps;
  }

  /**
   * Takes one step: updates {@code applied} and returns the heads after it, given the heads before. Works from
   * the step's revision and its parents only, so a run of n steps costs n, not n times the history.
   */
  static Set<String> take(RevisionGraph graph, Set<String> applied, Set<String> heads, Step step) {
    Set<String> next = new TreeSet<>(heads);
    String id = step.revision();
    if (step.direction() == Direction.UP) {
      applied.add(id);
      graph.parents(id).forEach(next::remove);
      next.add(id);
    } else {
      applied.remove(id);
      next.remove(id);
      for (String parent : graph.parents(id)) {
        if (graph.children(parent).stream().noneMatch(applied::contains)) {
          next.add(parent);
        }
      }
    }
    return next;
  }
}
