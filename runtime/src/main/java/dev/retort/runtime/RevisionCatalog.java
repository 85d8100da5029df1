package dev.retort.runtime;

import java.util.Collection;
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
    return headsOf(all.stream().map(RevisionDescriptor::id).toList(),
        all.stream().flatMap(r -> r.parents().stream()).toList());
  }

  /**
   * The heads of a set of revisions, given their ids and every parent they name: the ids no revision names as a
   * parent, sorted, each once. The one definition the runtime, the index file and the processor share.
   */
  static List<String> headsOf(Collection<String> ids, Collection<String> parents) {
    Set<String> named = new HashSet<>(parents);
    Set<String> heads = new TreeSet<>();
    for (String id : ids) {
      if (!named.contains(id)) {
        heads.add(id);
      }
    }
    return List.copyOf(heads);
  }
}
