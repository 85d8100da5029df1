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
 * Configures a {@link Retort}. Revisions come from the index resource(s) on the class path; tests and
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
  private final List<RevisionCatalog> catalogs = new ArrayList<>();
  private boolean discover = true;
  private ClassLoader classLoader;
  private String versionTable = "retort_version";
  private String historyTable = "retort_history";
  private Duration lockTimeout = Duration.ofMinutes(5);
  private boolean allowChecksumMismatch;
  private boolean verifyOnBoot;
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

  /** Adds revisions from a catalog, besides those discovered; the catalog is asked for them on first need. */
  public RetortBuilder revisions(RevisionCatalog catalog) {
    catalogs.add(Objects.requireNonNull(catalog, "catalog"));
    return this;
  }

  /**
   * Adds revision classes (each implementing {@link Migration} and annotated with {@code @Revision}), besides those
   * discovered.
   */
  public RetortBuilder revisions(Class<?>... types) {
    List<RevisionDescriptor> given = new ArrayList<>();
    for (Class<?> type : types) {
      if (!Migration.class.isAssignableFrom(type)) {
        throw new RetortConfigurationException(type.getName() + " is not a revision: it does not implement "
            + Migration.class.getName());
      }
      given.add(RevisionDescriptor.of(type.asSubclass(Migration.class)));
    }
    List<RevisionDescriptor> copy = List.copyOf(given);
    catalogs.add(() -> copy);
    return this;
  }

  /**
   * Whether to read the index resources and the {@link java.util.ServiceLoader} catalogs on the class path; on by
   * default.
   */
  public RetortBuilder discover(boolean value) {
    this.discover = value;
    return this;
  }

  /** The class loader that sees the index resources; by default the thread's context class loader. */
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

  /**
   * Verifies applied revisions at every boot, even when there is nothing to run; off by default. By default an
   * upgrade to {@code head} with nothing to run reads the version table once and stops there, and applied
   * revisions are verified (an edited, removed, renamed or re-parented one is refused) whenever there is something
   * to run, before any statement, and by {@link Retort#check()}. With this on, every upgrade also recomputes the
   * checksums of all applied revisions (a cost that grows with their number), as Flyway's validate-on-migrate
   * does. The command line's {@code upgrade --verify}.
   */
  public RetortBuilder verifyOnBoot(boolean value) {
    this.verifyOnBoot = value;
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
   * Finds the revisions and makes the {@link Retort}; cheap, and touches no database. The revision graph is built
   * and validated on first need (any verb but an upgrade to {@code head} or {@code heads} that finds nothing to
   * run), and the dialect, unless given, is chosen from the first connection a verb takes. Without a data source
   * and a dialect, only the verbs that read the revisions alone work ({@code heads}, {@code show}).
   *
   * @throws RetortConfigurationException when an index resource or catalog on the class path cannot be read
   */
  public Retort load() {
    ClassLoader loader = null;
    if (discover) {
      loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
      if (loader == null) {
        loader = RetortBuilder.class.getClassLoader();
      }
    }
    RevisionIndex index = RevisionIndex.ofCatalogs(loader, catalogs);
    Migrator.Options options = new Migrator.Options(lockTimeout, allowChecksumMismatch, verifyOnBoot);
    Set<String> ownTables = Set.of(versionTable, historyTable);
    String version = versionTable;
    String history = historyTable;
    Clock at = clock;
    return new Retort(index, dialect, dataSource, chosen -> new Retort.Engine(chosen,
        new Migrator(index, chosen, new VersionStore(chosen, version, history), options, at,
            DialectChoice.rebuildCheck(chosen)),
        DialectChoice.drift(chosen, ownTables)));
  }
}
