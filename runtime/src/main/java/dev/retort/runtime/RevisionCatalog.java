package dev.retort.runtime;

import java.util.List;

/**
 * The list of revisions an application ships, as the processor generates it (a class plus its
 * {@code META-INF/services/dev.retort.runtime.RevisionCatalog} entry), so that the runtime finds every revision
 * without scanning the classpath. Applications and tests may also implement it by hand.
 */
public interface RevisionCatalog {
  /** Every revision, in any order; the graph orders them by their parents. */
  List<RevisionDescriptor> revisions();
}
