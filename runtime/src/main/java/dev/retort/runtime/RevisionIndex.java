package dev.retort.runtime;

import dev.retort.ops.Migration;
import dev.retort.ops.Op;
import dev.retort.ops.Ops;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revisions an application ships: gathered from every index file the processor wrote ({@link IndexFile}) and
 * every {@link RevisionCatalog} registered with {@link ServiceLoader} on the class path (never by scanning), plus
 * any given directly. The
 * catalogs are asked for their revisions and the {@link RevisionGraph} is built and validated on first use only,
 * once (thread-safe), so that a boot with nothing to run needs the catalog's {@link #heads()} alone. Records each
 * revision's operations once, on first use.
 *
 * <pre>{@code
 * RevisionIndex index = RevisionIndex.load(getClass().getClassLoader(), List.of());
 * RecordedRevision r = index.recorded(index.graph().singleHead());
 * }</pre>
 */
public final class RevisionIndex {
  private final List<RevisionCatalog> catalogs;
  private final Map<String, RecordedRevision> recorded = new ConcurrentHashMap<>();
  private volatile List<String> heads;
  private volatile Set<String> ids;
  private volatile RevisionGraph graph;

  private RevisionIndex(List<RevisionCatalog> catalogs) {
    this.catalogs = catalogs;
  }

  /**
   * Finds the catalogs visible to {@code loader} (when not null) and adds {@code extra}.
   *
   * @throws RetortConfigurationException when a catalog named by a service file cannot be loaded
   */
  public static RevisionIndex load(ClassLoader loader, Collection<RevisionDescriptor> extra) {
    List<RevisionDescriptor> copy = List.copyOf(extra);
    return ofCatalogs(loader, copy.isEmpty() ? List.of() : List.<RevisionCatalog>of(() -> copy));
  }

  /**
   * Finds the index files and catalogs visible to {@code loader} (when not null) and adds {@code given}, in order.
   * Creates no revision yet.
   *
   * @throws RetortConfigurationException when a catalog named by a service file cannot be loaded
   */
  static RevisionIndex ofCatalogs(ClassLoader loader, List<RevisionCatalog> given) {
    List<RevisionCatalog> all = new ArrayList<>();
    if (loader != null) {
      all.addAll(IndexFile.load(loader));
      try {
        for (RevisionCatalog catalog : ServiceLoader.load(RevisionCatalog.class, loader)) {
          all.add(catalog);
        }
      } catch (ServiceConfigurationError e) {
        throw new RetortConfigurationException("cannot load the generated revision index: " + e.getMessage()
            + ". Rebuild the application so that the processor writes it again.", e);
      }
    }
    all.addAll(given);
    return new RevisionIndex(List.copyOf(all));
  }

  /** An index of exactly these revisions. */
  public static RevisionIndex of(Collection<RevisionDescriptor> revisions) {
    return load(null, revisions);
  }

  /** Every revision of every catalog, unvalidated. */
  private List<RevisionDescriptor> revisions() {
    if (catalogs.size() == 1) {
      return catalogs.get(0).revisions();
    }
    List<RevisionDescriptor> all = new ArrayList<>();
    for (RevisionCatalog c : catalogs) {
      all.addAll(c.revisions());
    }
    return all;
  }

  /**
   * The ids no revision names as a parent, sorted, without building the graph: a single catalog's own
   * {@link RevisionCatalog#heads()} (computed at compile time in the index resource), else computed over all catalogs.
   */
  public List<String> heads() {
    List<String> h = heads;
    if (h == null) {
      if (catalogs.size() == 1) {
        h = List.copyOf(catalogs.get(0).heads());
      } else {
        List<RevisionDescriptor> all = revisions();
        RevisionCatalog union = () -> all;
        h = union.heads();
      }
      heads = h;
    }
    return h;
  }

  /** Whether any catalog has a revision with this id; does not build the graph. */
  boolean contains(String id) {
    Set<String> known = ids;
    if (known == null) {
      Set<String> collected = new HashSet<>();
      for (RevisionDescriptor r : revisions()) {
        collected.add(r.id());
      }
      known = Set.copyOf(collected);
      ids = known;
    }
    return known.contains(id);
  }

  /**
   * The validated graph, built on first use.
   *
   * @throws RetortException when the revisions do not form a valid graph (on every call, until they do)
   */
  public RevisionGraph graph() {
    RevisionGraph g = graph;
    if (g == null) {
      synchronized (this) {
        g = graph;
        if (g == null) {
          g = RevisionGraph.of(revisions());
          graph = g;
        }
      }
    }
    return g;
  }

  /**
   * The revision's recorded operations and checksum.
   *
   * @throws RevisionFailedException when the revision's class cannot be created or its own code throws
   */
  public RecordedRevision recorded(String id) {
    RecordedRevision r = recorded.get(id);
    if (r == null) {
      r = record(graph().revision(id));
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
