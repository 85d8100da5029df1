package dev.retort.runtime;

import dev.retort.ops.OpText;
import dev.retort.runtime.dialect.Dialect;
import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Applies an application's revisions to its database: Retort's entry point.
 *
 * <pre>{@code
 * Retort retort = Retort.configure().dataSource(ds).load();
 * retort.upgrade("head");
 * }</pre>
 *
 * <p>The verbs follow the command line's one to one. Targets are {@code head}, {@code heads}, {@code base}, a
 * revision id or an unambiguous prefix of one, {@code +N} / {@code -N} (relative to where the database is) and
 * {@code <id>+N} / {@code <id>-N}. Every verb that touches the database takes a connection from the data source
 * and gives it back with its original settings. Failures are {@link RetortException}s carrying an
 * {@link ErrorCode}.
 *
 * <p>Integrity: before any statement runs, the revisions the database has applied are verified against the
 * application's (an edited one is refused with {@link ChecksumMismatchException}, one inserted, removed, renamed
 * or re-parented below an applied one with {@link HistoryMismatchException}); {@link #check()} verifies them
 * too. An upgrade to {@code head} or {@code heads} that finds the database already there runs nothing and so
 * verifies nothing beyond the version table's heads, unless {@link RetortBuilder#verifyOnBoot(boolean)} is on. A
 * database at revisions the application does not contain is always refused
 * ({@link UnknownAppliedRevisionException}).
 */
public final class Retort {
  /** What works with one dialect; made once the dialect is known. */
  record Engine(Dialect dialect, Migrator migrator, DialectChoice.DriftCheck driftCheck) {}

  private final RevisionIndex index;
  private final DataSource dataSource;
  private final Function<Dialect, Engine> engines;
  private volatile Engine engine;

  Retort(RevisionIndex index, Dialect dialect, DataSource dataSource, Function<Dialect, Engine> engines) {
    this.index = index;
    this.dataSource = dataSource;
    this.engines = engines;
    this.engine = dialect == null ? null : engines.apply(dialect);
  }

  /** Starts the configuration. */
  public static RetortBuilder configure() {
    return new RetortBuilder();
  }

  /**
   * The validated revision graph, built on first use.
   *
   * @throws RetortException when the revisions do not form a valid graph
   */
  public RevisionGraph graph() {
    return index.graph();
  }

  /**
   * The dialect in use: the one given, else chosen from the database's metadata (connecting once, the first time
   * it is needed); null when configured with neither a data source nor a dialect.
   */
  public Dialect dialect() {
    return engine != null || dataSource != null ? engine().dialect() : null;
  }

  /** The engine, choosing the dialect on a connection of its own when no verb has chosen it yet. */
  private Engine engine() {
    Engine e = engine;
    if (e != null) {
      return e;
    }
    if (dataSource == null) {
      throw new RetortConfigurationException("no data source and no dialect: call Retort.configure().dataSource(...),"
          + " or dialect(...) to write offline SQL without a database");
    }
    try (Connection c = dataSource.getConnection()) {
      return engine(c);
    } catch (SQLException e2) {
      throw new DatabaseException("cannot connect to choose the dialect: " + e2.getMessage(), e2);
    }
  }

  /** The engine, choosing the dialect from this connection's metadata when no verb has chosen it yet. */
  private Engine engine(Connection c) {
    Engine e = engine;
    if (e == null) {
      e = engines.apply(DialectChoice.forConnection(c));
      engine = e;
    }
    return e;
  }

  private Migrator migrator() {
    return engine().migrator();
  }

  private DataSource requireDataSource() {
    if (dataSource == null) {
      engine();
      throw new RetortConfigurationException("no data source: call Retort.configure().dataSource(...)");
    }
    return dataSource;
  }

  /**
   * Applies every revision up to the target, each in its own transaction, under the migration lock, after
   * verifying the applied ones.
   *
   * <p>An upgrade to {@code head} or {@code heads} first takes one connection and reads the version table once:
   * when the database is at exactly the application's heads, it returns there, having built no revision graph,
   * recorded no operations and computed no checksum (so an applied revision edited since is not noticed until
   * there is something to run, or {@link #check()}; {@link RetortBuilder#verifyOnBoot(boolean)} verifies at every
   * boot). A database at revisions the application does not contain is refused from that same read. Anything
   * else (another target, pending revisions, no version table yet) takes the full path: the graph validated, the
   * lock, the applied revisions verified, then the revisions run.
   *
   * @throws ChecksumMismatchException when there is something to run (or {@code verifyOnBoot} is on) and an
   *     applied revision was edited since it ran
   * @throws UnknownAppliedRevisionException when the database is at revisions the application does not contain
   */
  public UpgradeResult upgrade(String target) {
    DataSource ds = requireDataSource();
    if (Migrator.mayBeUpToDate(target)) {
      Optional<List<String>> at;
      try (Connection c = ds.getConnection()) {
        at = engine(c).migrator().upToDate(c, target);
      } catch (SQLException e) {
        throw new DatabaseException("database error: " + e.getMessage(), e);
      }
      if (at.isPresent()) {
        return new UpgradeResult(at.get(), at.get(), List.of());
      }
    }
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    List<AppliedRevision> applied = migrator().migrate(ds, target, Direction.UP, before, after);
    return new UpgradeResult(before, after, applied);
  }

  /** Reverts every applied revision above the target ({@code base}: all of them), newest first. */
  public DowngradeResult downgrade(String target) {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    List<AppliedRevision> reverted = migrator().migrate(requireDataSource(), target, Direction.DOWN, before, after);
    return new DowngradeResult(before, after, reverted);
  }

  /** The revisions the database is at. */
  public CurrentResult current() {
    return migrator().current(requireDataSource());
  }

  /** Every applied, reverted and stamped revision, oldest first. */
  public HistoryResult history() {
    return new HistoryResult(migrator().history(requireDataSource()));
  }

  /** The application's heads (revisions without children). */
  public HeadsResult heads() {
    List<RevisionInfo> heads = new ArrayList<>();
    for (String id : index.graph().heads()) {
      heads.add(RevisionInfo.of(index.graph().revision(id)));
    }
    return new HeadsResult(heads);
  }

  /** One revision: parents, children, checksum and operations. */
  public ShowResult show(String revision) {
    String id = index.graph().resolveId(revision);
    RecordedRevision r = index.recorded(id);
    return new ShowResult(RevisionInfo.of(r.descriptor()), index.graph().children(id), r.checksum(),
        r.upgrade().stream().map(OpText::describe).toList(), r.downgrade().stream().map(OpText::describe).toList());
  }

  /**
   * Records the database as being at the target without running anything: for a database created by other
   * means, or after checking by hand what a refused run reported.
   */
  public StampResult stamp(String target) {
    return migrator().stamp(requireDataSource(), target);
  }

  /**
   * The offline script from one target to another (an upgrade or a downgrade), version-table statements
   * included: exactly what the online run executes, written instead of executed.
   */
  public SqlResult sql(String from, String to) {
    return new SqlResult(from, to, migrator().script(from, to));
  }

  /**
   * Verifies the applied revisions, then compares the live database with the schema they promise and lists every
   * difference (a table, column, key or index changed by hand).
   *
   * @throws ChecksumMismatchException when an applied revision was edited since it ran (unless
   *     {@link RetortBuilder#allowChecksumMismatch(boolean)} is on, which logs a warning and compares anyway)
   * @throws HistoryMismatchException when a revision was inserted, removed, renamed or re-parented below an
   *     applied one
   * @throws UnknownAppliedRevisionException when the database is at revisions the application does not contain
   */
  public CheckResult check() {
    DataSource ds = requireDataSource();
    Engine e = engine();
    if (!DialectChoice.canReflect(e.dialect())) {
      throw new RetortConfigurationException("check is not available for dialect " + e.dialect().name()
          + ": it cannot read a live schema");
    }
    Set<String> heads = e.migrator().verified(ds);
    Schema promised = e.migrator().promised(heads);
    try (Connection c = ds.getConnection()) {
      return new CheckResult(List.copyOf(heads), e.driftCheck().differences(c, promised));
    } catch (SQLException ex) {
      throw new DatabaseException("cannot read the live schema: " + ex.getMessage(), ex);
    }
  }
}
