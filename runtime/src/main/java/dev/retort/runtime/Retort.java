package dev.retort.runtime;

import dev.retort.ops.OpText;
import dev.retort.runtime.dialect.Dialect;
import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 */
public final class Retort {
  private final RevisionIndex index;
  private final Dialect dialect;
  private final DataSource dataSource;
  private final Migrator migrator;
  private final DialectChoice.DriftCheck driftCheck;

  Retort(RevisionIndex index, Dialect dialect, DataSource dataSource, Migrator migrator,
      DialectChoice.DriftCheck driftCheck) {
    this.index = index;
    this.dialect = dialect;
    this.dataSource = dataSource;
    this.migrator = migrator;
    this.driftCheck = driftCheck;
  }

  /** Starts the configuration. */
  public static RetortBuilder configure() {
    return new RetortBuilder();
  }

  /** The validated revision graph. */
  public RevisionGraph graph() {
    return index.graph();
  }

  /** The dialect in use; null when configured with neither a data source nor a dialect. */
  public Dialect dialect() {
    return dialect;
  }

  private Migrator migrator() {
    if (migrator == null) {
      throw new RetortConfigurationException("no data source and no dialect: call Retort.configure().dataSource(...),"
          + " or dialect(...) to write offline SQL without a database");
    }
    return migrator;
  }

  private DataSource requireDataSource() {
    if (dataSource == null) {
      throw new RetortConfigurationException("no data source: call Retort.configure().dataSource(...)");
    }
    return dataSource;
  }

  /**
   * Applies every revision up to the target, each in its own transaction, under the migration lock. With
   * nothing pending it costs one read of the version table.
   */
  public UpgradeResult upgrade(String target) {
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    List<AppliedRevision> applied = migrator().migrate(requireDataSource(), target, Direction.UP, before, after);
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
   * Compares the live database with the schema its applied revisions promise, and lists every difference (a
   * table, column, key or index changed by hand).
   */
  public CheckResult check() {
    DataSource ds = requireDataSource();
    if (driftCheck == null) {
      throw new RetortConfigurationException("check is not available for dialect " + dialect.name()
          + ": it cannot read a live schema");
    }
    CurrentResult current = migrator().current(ds);
    if (!current.unknown().isEmpty()) {
      throw new UnknownAppliedRevisionException("the database is at revision(s) " + String.join(", ",
          current.unknown()) + ", which this application does not contain; check needs the revisions that"
          + " built it");
    }
    Set<String> heads = new TreeSet<>();
    current.heads().forEach(h -> heads.add(h.id()));
    Schema promised = migrator().promised(heads);
    try (Connection c = ds.getConnection()) {
      return new CheckResult(List.copyOf(heads), driftCheck.differences(c, promised));
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the live schema: " + e.getMessage(), e);
    }
  }
}
