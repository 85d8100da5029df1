package dev.retort.runtime;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A list of revisions: what the runtime reads from the processor's index resource ({@link IndexFile}), and what an
 * application or a test may implement by hand and register in
 * {@code META-INF/services/dev.retort.runtime.RevisionCatalog} or pass to {@link RetortBuilder}.
 */
public interface RevisionCatalog {
  /** Every revision, in any order; the graph orders them by their parents. */
  List<RevisionDescriptor> revisions();

  /**
   * The ids that no revision names as a parent, sorted: what a boot compares with the version table to learn, in
   * one read, that there is nothing to run. The default computes them from {@link #revisions()}; the index
   * resource holds them, computed at compile time. An override must return exactly what the default would.
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
