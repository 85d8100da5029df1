package dev.retort.runtime;

import dev.retort.ops.Migration;
import dev.retort.runtime.dialect.Dialect;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Configures a {@link Retort}. Revisions come from the generated index on the class path; tests and
 * applications may add catalogs or revision classes directly.
 *
 * <pre>{@code
 * Retort retort = Retort.configure().dataSource(ds).lockTimeout(Duration.ofMinutes(2)).load();
 * Retort test = Retort.configure().dataSource(ds).revisions(V1.class, V2.class).discover(false).load();
 * }</pre>
 */
public final class RetortBuilder {
  static final String LOCK_TIMEOUT_HINT = "the wait is set with Retort.configure().lockTimeout(...) or --lock-timeout";

  private DataSource dataSource;
  private Dialect dialect;
  private final List<RevisionDescriptor> revisions = new ArrayList<>();
  private boolean discover = true;
  private ClassLoader classLoader;
  private String versionTable = "retort_version";
  private String historyTable = "retort_history";
  private Duration lockTimeout = Duration.ofMinutes(5);
  private boolean allowChecksumMismatch;
  private Clock clock = Clock.systemUTC();

  RetortBuilder() {}

  /** The database to migrate. Connections are taken for each verb and returned. */
  public RetortBuilder dataSource(DataSource value) {
    this.dataSource = Objects.requireNonNull(value, "dataSource");
    return this;
  }

  /** The dialect; by default chosen from the database's metadata. Required for offline SQL without a database. */
  public RetortBuilder dialect(Dialect value) {
    this.dialect = Objects.requireNonNull(value, "dialect");
    return this;
  }

  /** Adds revisions from a catalog, besides those discovered. */
  public RetortBuilder revisions(RevisionCatalog catalog) {
    revisions.addAll(catalog.revisions());
    return this;
  }

  /**
   * Adds revision classes (each implementing {@link Migration} and annotated with {@code @Revision}), besides those
   * discovered.
   */
  public RetortBuilder revisions(Class<?>... types) {
    for (Class<?> type : types) {
      if (!Migration.class.isAssignableFrom(type)) {
        throw new RetortConfigurationException(type.getName() + " is not a revision: it does not implement "
            + Migration.class.getName());
      }
      revisions.add(RevisionDescriptor.of(type.asSubclass(Migration.class)));
    }
    return this;
  }

  /** Whether to load the generated index through {@link java.util.ServiceLoader}; on by default. */
  public RetortBuilder discover(boolean value) {
    this.discover = value;
    return this;
  }

  /** The class loader that sees the generated index; by default the thread's context class loader. */
  public RetortBuilder classLoader(ClassLoader value) {
    this.classLoader = value;
    return this;
  }

  /** The table holding the current heads; {@code retort_version} by default. */
  public RetortBuilder versionTable(String name) {
    this.versionTable = requireName(name, "versionTable");
    return this;
  }

  /** The table recording every run; {@code retort_history} by default. */
  public RetortBuilder historyTable(String name) {
    this.historyTable = requireName(name, "historyTable");
    return this;
  }

  /** How long to wait for another migrator's lock before failing; five minutes by default. */
  public RetortBuilder lockTimeout(Duration value) {
    if (value.isNegative()) {
      throw new RetortConfigurationException("lockTimeout must not be negative, got " + value);
    }
    this.lockTimeout = value;
    return this;
  }

  /**
   * Proceeds, with a warning, when applied revisions' operations changed since they ran; off by default. Use it
   * only after checking that the database matches the edited revisions; {@code stamp} records that for good.
   */
  public RetortBuilder allowChecksumMismatch(boolean value) {
    this.allowChecksumMismatch = value;
    return this;
  }

  /** The clock for history timestamps; the system's UTC clock by default. */
  public RetortBuilder clock(Clock value) {
    this.clock = Objects.requireNonNull(value, "clock");
    return this;
  }

  private static String requireName(String name, String option) {
    if (name == null || name.isBlank()) {
      throw new RetortConfigurationException(option + " must be a table name, got '" + name + "'");
    }
    return name;
  }

  /**
   * Loads and validates the revisions and chooses the dialect (from the data source unless given). Without a
   * data source and a dialect, only the verbs that read the revisions alone work ({@code heads}, {@code show}).
   *
   * @throws RetortException when the revisions do not form a valid graph or the database is not supported
   */
  public Retort load() {
    ClassLoader loader = null;
    if (discover) {
      loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
      if (loader == null) {
        loader = RetortBuilder.class.getClassLoader();
      }
    }
    RevisionIndex index = RevisionIndex.load(loader, revisions);
    Dialect chosen = dialect;
    if (chosen == null && dataSource != null) {
      chosen = DialectChoice.forDataSource(dataSource);
    }
    if (chosen == null) {
      return new Retort(index, null, null, null, null);
    }
    VersionStore store = new VersionStore(chosen, versionTable, historyTable);
    Migrator migrator = new Migrator(index, chosen, store,
        new Migrator.Options(lockTimeout, allowChecksumMismatch), clock, DialectChoice.rebuildCheck(chosen));
    return new Retort(index, chosen, dataSource, migrator, DialectChoice.drift(chosen, Set.of(versionTable, historyTable)));
  }
}
