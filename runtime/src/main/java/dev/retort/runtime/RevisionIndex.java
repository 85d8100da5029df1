package dev.retort.runtime;

import dev.retort.ops.Migration;
import dev.retort.ops.Op;
import dev.retort.ops.Ops;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revisions an application ships: gathered from every {@link RevisionCatalog} on the class path (the index
 * the processor generates, found through {@link ServiceLoader}, never by scanning) plus any given directly, then
 * validated into a {@link RevisionGraph}. Records each revision's operations once, on first use.
 *
 * <pre>{@code
 * RevisionIndex index = RevisionIndex.load(getClass().getClassLoader(), List.of());
 * RecordedRevision r = index.recorded(index.graph().singleHead());
 * }</pre>
 */
public final class RevisionIndex {
  private final RevisionGraph graph;
  private final Map<String, RecordedRevision> recorded = new ConcurrentHashMap<>();

  private RevisionIndex(RevisionGraph graph) {
    this.graph = graph;
  }

  /**
   * Loads the catalogs visible to {@code loader} (when not null) and adds {@code extra}.
   *
   * @throws RetortException when the revisions do not form a valid graph
   */
  public static RevisionIndex load(ClassLoader loader, Collection<RevisionDescriptor> extra) {
    List<RevisionDescriptor> all = new ArrayList<>();
    if (loader != null) {
      try {
        for (RevisionCatalog catalog : ServiceLoader.load(RevisionCatalog.class, loader)) {
          all.addAll(catalog.revisions());
        }
      } catch (ServiceConfigurationError e) {
        throw new RetortConfigurationException("cannot load the generated revision index: " + e.getMessage()
            + ". Rebuild the application so that the processor writes it again.", e);
      }
    }
    all.addAll(extra);
    return new RevisionIndex(RevisionGraph.of(all));
  }

  /** An index of exactly these revisions. */
  public static RevisionIndex of(Collection<RevisionDescriptor> revisions) {
    return load(null, revisions);
  }

  public RevisionGraph graph() {
    return graph;
  }

  /**
   * The revision's recorded operations and checksum.
   *
   * @throws RevisionFailedException when the revision's class cannot be created or its own code throws
   */
  public RecordedRevision recorded(String id) {
    RecordedRevision r = recorded.get(id);
    if (r == null) {
      r = record(graph.revision(id));
      recorded.putIfAbsent(id, r);
    }
    return r;
  }

  private static RecordedRevision record(RevisionDescriptor d) {
    Migration migration;
    try {
      migration = d.factory().get();
    } catch (RuntimeException | LinkageError e) {
      throw new RevisionFailedException(d.id(), null, null, "its class could not be created: " + e, e);
    }
    List<Op> up = recordOne(d, migration, true);
    List<Op> down = recordOne(d, migration, false);
    return new RecordedRevision(d, up, down, Checksums.of(up, down));
  }

  private static List<Op> recordOne(RevisionDescriptor d, Migration migration, boolean upgrade) {
    try {
      return upgrade ? Ops.upgradeOf(migration) : Ops.downgradeOf(migration);
    } catch (RuntimeException e) {
      throw new RevisionFailedException(d.id(), null, null,
          "its " + (upgrade ? "upgrade" : "downgrade") + "(Ops) threw " + e, e);
    }
  }
}
