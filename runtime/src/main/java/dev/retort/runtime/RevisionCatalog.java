package dev.retort.runtime;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list of revisions an application ships, as the processor generates it (a class plus its
 * {@code META-INF/services/dev.retort.runtime.RevisionCatalog} entry), so that the runtime finds every revision
 * without scanning the classpath. Applications and tests may also implement it by hand.
 */
public interface RevisionCatalog {
  /** Every revision, in any order; the graph orders them by their parents. */
  List<RevisionDescriptor> revisions();

  /**
   * The ids that no revision names as a parent, sorted: what a boot compares with the version table to learn, in
   * one read, that there is nothing to run. The default computes them from {@link #revisions()}; the generated
   * index returns a constant computed at compile time. An override must return exactly what the default would.
   */
  default List<String> heads() {
    List<RevisionDescriptor> all = revisions();
    Set<String> parents = new HashSet<>();
    for (RevisionDescriptor r : all) {
      parents.addAll(r.parents());
    }
    Set<String> heads = new TreeSet<>();
    for (RevisionDescriptor r : all) {
      if (!parents.contains(r.id())) {
        heads.add(r.id());
      }
    }
    return List.copyOf(heads);
  }
}
