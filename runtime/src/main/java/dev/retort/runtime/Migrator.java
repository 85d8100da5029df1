package dev.retort.runtime;

import dev.retort.ops.CreateTable;
import dev.retort.ops.Execute;
import dev.retort.ops.Op;
import dev.retort.ops.OpText;
import dev.retort.ops.SchemaReplay;
import dev.retort.runtime.dialect.Dialect;
import dev.retort.runtime.dialect.Statement;
import dev.retort.runtime.sql.JdbcSink;
import dev.retort.runtime.sql.ScriptSink;
import dev.retort.runtime.sql.SqlBatch;
import dev.retort.runtime.sql.SqlSink;
import dev.retort.runtime.sql.SqlStep;
import dev.retort.runtime.sql.StaleStateException;
import dev.retort.runtime.sql.StatementFailedException;
import dev.retort.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Orders and guards the work; never builds SQL. A boot ({@link #upToDate}): one read of the version table on the
 * caller's connection, compared with the catalog's heads; nothing else when they are equal. Online
 * ({@link #migrate}): read the version table, and if nothing is pending stop there; otherwise take the lock, read
 * again, verify, plan, and run each revision as one {@link SqlBatch} (its statements, then its version and history
 * rows, in one transaction) through a {@link JdbcSink}. Offline ({@link #script}): the very same loop with a
 * {@link ScriptSink}.
 *
 * <p>Always, even with nothing to run, it refuses a database at revisions the application does not know. Before
 * any DDL it refuses applied revisions whose operations changed (unless allowed), a graph reached differently,
 * and a non-transactional revision that failed part-way earlier. Applied revisions are verified only when there is
 * something to run, for {@code check} ({@link #verified}), and with {@link Options#verifyOnBoot()}: recomputing
 * their lineage records every revision's operations, which a boot with nothing to run must not pay for. A failure
 * inside a revision is rolled back and reported with the revision, the operation, the statement and the
 * database's message.
 */
final class Migrator {
  private static final System.Logger LOG = System.getLogger("dev.retort");

  /** Settings from {@link RetortBuilder}. */
  record Options(Duration lockTimeout, boolean allowChecksumMismatch, boolean verifyOnBoot) {}

  /** Checks live tables before the dialect rebuilds them; online only. */
  interface RebuildCheck {
    /**
     * @param rebuilt each table a revision's operations rebuild, with the first operation that does
     * @param promised the schema the applied revisions promise before this revision
     */
    void verify(Connection connection, String revision, Map<String, String> rebuilt, Schema promised)
        throws SQLException;
  }

  private final RevisionIndex index;
  private final Dialect dialect;
  private final VersionStore store;
  private final MigrationLock lock;
  private final Options options;
  private final Clock clock;
  private final RebuildCheck rebuildCheck;
  private final Map<String, String> lineages = new ConcurrentHashMap<>();

  Migrator(RevisionIndex index, Dialect dialect, VersionStore store, Options options, Clock clock,
      RebuildCheck rebuildCheck) {
    this.index = index;
    this.dialect = dialect;
    this.store = store;
    this.lock = MigrationLock.forDialect(dialect.name());
    this.options = options;
    this.clock = clock;
    this.rebuildCheck = rebuildCheck;
  }

  /** The validated graph; built on first use, so that a boot with nothing to run never builds it. */
  private RevisionGraph graph() {
    return index.graph();
  }

  /** Whether an upgrade to this target can be found to have nothing to run from the version table alone. */
  static boolean mayBeUpToDate(String target) {
    return "head".equals(target) || "heads".equals(target);
  }

  /**
   * The boot's fast path: the database's heads when an upgrade to {@code head} or {@code heads} has nothing to
   * run, judged from one read of the version table on {@code c} against the catalog's heads, without building
   * the graph, recording operations, changing a session setting or taking the lock. Empty when that cannot be
   * told so cheaply (the heads differ, the table is missing or the read failed, the connection is inside a
   * transaction, several heads for {@code head}, {@link Options#verifyOnBoot()}): the caller then takes the full
   * path, which decides everything again.
   *
   * @throws UnknownAppliedRevisionException when the database is at revisions no catalog contains
   */
  Optional<List<String>> upToDate(Connection c, String target) throws SQLException {
    List<String> expected = index.heads();
    if (options.verifyOnBoot() || expected.isEmpty() || ("head".equals(target) && expected.size() != 1)
        || !c.getAutoCommit()) {
      return Optional.empty();
    }
    Set<String> found;
    try {
      found = store.readHeadIds(c);
    } catch (SQLException e) {
      return Optional.empty();
    }
    if (found.size() == expected.size() && found.containsAll(expected)) {
      return Optional.of(expected);
    }
    List<String> unknown = new TreeSet<>(found).stream().filter(id -> !index.contains(id)).toList();
    if (!unknown.isEmpty()) {
      throw unknownApplied(unknown);
    }
    return Optional.empty();
  }

  /** The database's recorded heads, or none when the version table does not exist. */
  private record State(boolean tablesExist, Map<String, String> heads) {
    Set<String> ids() {
      return new TreeSet<>(heads.keySet());
    }
  }

  private State read(Connection c) {
    Optional<Map<String, String>> heads = store.readHeads(c);
    return new State(heads.isPresent(), heads.orElse(Map.of()));
  }

  /** Opens a connection with the settings the migrator needs, restoring the originals afterwards. */
  private <T> T withConnection(DataSource dataSource, ConnectionWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      JdbcSink sink = JdbcSink.open(c, lock.transactionStart(options.lockTimeout(), LOG), lock.sessionSettings());
      Throwable primary = null;
      try {
        lock.prepare(c, options.lockTimeout());
        return work.run(c, sink);
      } catch (SQLException | RuntimeException | Error e) {
        primary = e;
        throw e;
      } finally {
        try {
          sink.close();
        } catch (SQLException restore) {
          if (primary == null) {
            throw new DatabaseException("the work is done, but the connection's settings could not be restored"
                + " afterwards: " + restore.getMessage() + ". Close this connection rather than reuse it.", restore);
          }
          primary.addSuppressed(restore);
        }
      }
    } catch (SQLException e) {
      throw new DatabaseException("database error: " + e.getMessage(), e);
    }
  }

  private interface ConnectionWork<T> {
    T run(Connection c, JdbcSink sink) throws SQLException;
  }

  /** Upgrades or downgrades to the target; {@code direction} is UP or DOWN. */
  List<AppliedRevision> migrate(DataSource dataSource, String target, Direction direction, List<String> headsBefore,
      List<String> headsAfter) {
    return withConnection(dataSource, (c, sink) -> {
      State state = read(c);
      headsBefore.addAll(state.ids());
      refuseUnknown(state);
      Set<String> resolved = graph().resolve(target, state.ids());
      List<AppliedRevision> done = new ArrayList<>();
      // Nothing to run: applied revisions are verified (their lineage recomputed from every revision's operations)
      // whenever there is something to run, before any statement, and here only when asked to.
      if (plan(state.ids(), resolved, direction).isEmpty()) {
        if (options.verifyOnBoot()) {
          verifyLineage(c, state);
        }
        LOG.log(System.Logger.Level.DEBUG, "database is at " + describe(state.ids()) + "; nothing to do");
        headsAfter.addAll(state.ids());
        return done;
      }
      String appliedBy = c.getMetaData().getUserName();
      MigrationLock.Held held = lock.acquire(dataSource, store.versionTable(), options.lockTimeout(), LOG);
      boolean prepared = false;
      try {
        if (!state.tablesExist()) {
          createTables(sink);
        }
        while (true) {
          state = read(c);
          verifyApplied(c, state);
          List<Planner.Step> steps = plan(state.ids(), resolved, direction);
          if (steps.isEmpty()) {
            break;
          }
          List<HistoryEntry> history = store.readHistory(c);
          refuseFailedPending(history);
          LOG.log(System.Logger.Level.INFO, (direction == Direction.UP ? "upgrading" : "downgrading") + " from "
              + describe(state.ids()) + ": " + steps.size() + " revision(s) to run");
          int lastRank = history.isEmpty() ? 0 : history.get(history.size() - 1).rank();
          if (!prepared && dialect.preparesBookkeeping()) {
            store.prepareMoveAndRecord(c);
            prepared = true;
          }
          try {
            execute(steps, state.ids(), sink, new Online(c, appliedBy, lastRank, prepared), done);
            break;
          } catch (StaleStateException e) {
            LOG.log(System.Logger.Level.INFO, "another migrator moved the database meanwhile; planning again");
          }
        }
      } finally {
        try {
          if (prepared) {
            store.deallocateMoveAndRecord(c);
          }
        } catch (SQLException e) {
          LOG.log(System.Logger.Level.DEBUG, "cannot drop the prepared bookkeeping statement: " + e.getMessage());
        } finally {
          held.close();
        }
      }
      headsAfter.addAll(read(c).ids());
      return done;
    });
  }

  private List<Planner.Step> plan(Set<String> current, Set<String> target, Direction direction) {
    return direction == Direction.UP ? Planner.upgrade(graph(), current, target)
        : Planner.downgrade(graph(), current, target);
  }

  private void createTables(SqlSink sink) throws SQLException {
    SqlBatch batch = new SqlBatch("create the version tables", store.createTables(), took -> List.of(), true, null);
    try {
      sink.run(batch);
    } catch (StatementFailedException e) {
      throw lockOrDatabase("cannot create the version tables", e);
    } catch (StaleStateException e) {
      throw new IllegalStateException("a batch without a guard cannot be stale", e);
    }
  }

  private RetortException lockOrDatabase(String what, StatementFailedException e) {
    if (e.step() == null && lock.isBusy(e.getCause())) {
      return new LockTimeoutException(lock.busyMessage(options.lockTimeout()), options.lockTimeout(), e.getCause());
    }
    return new DatabaseException(what + ": " + e.getCause().getMessage(), e.getCause());
  }

  /** Marks the database as being at the target without running anything. */
  StampResult stamp(DataSource dataSource, String target) {
    return withConnection(dataSource, (c, sink) -> {
      State state = read(c);
      Set<String> known = new TreeSet<>(state.ids());
      known.retainAll(graph().order());
      Set<String> resolved = graph().resolve(target, known);
      MigrationLock.Held held = lock.acquire(dataSource, store.versionTable(), options.lockTimeout(), LOG);
      try {
        if (!state.tablesExist()) {
          createTables(sink);
        }
        state = read(c);
        known = new TreeSet<>(state.ids());
        known.retainAll(graph().order());
        List<HistoryEntry> history = store.readHistory(c);
        Map<String, String> stored = storedChecksums(history);
        Set<String> before = graph().ancestors(known);
        Set<String> after = graph().ancestors(resolved);
        List<RecordedRevision> stamped = new ArrayList<>();
        List<RecordedRevision> unstamped = new ArrayList<>();
        for (String id : graph().sorted(after)) {
          RecordedRevision r = index.recorded(id);
          if (!before.contains(id) || !r.checksum().equals(stored.get(id))) {
            stamped.add(r);
          }
        }
        List<String> removed = graph().sorted(difference(before, after));
        Collections.reverse(removed);
        for (String id : removed) {
          unstamped.add(index.recorded(id));
        }
        for (String id : failedPending(history)) {
          if (graph().contains(id) && stamped.stream().noneMatch(r -> r.id().equals(id))
              && unstamped.stream().noneMatch(r -> r.id().equals(id))) {
            (after.contains(id) ? stamped : unstamped).add(index.recorded(id));
          }
        }
        String appliedBy = c.getMetaData().getUserName();
        Map<String, String> heads = lineagesOf(graph().headsOf(after));
        SqlBatch batch = new SqlBatch("stamp " + describe(resolved), List.of(), took -> {
          List<SqlStep> steps = new ArrayList<>(store.setHeads(heads));
          for (RecordedRevision r : stamped) {
            steps.add(store.appendHistory(r, Direction.STAMP, clock.instant(), appliedBy, Duration.ZERO, true, true));
          }
          for (RecordedRevision r : unstamped) {
            steps.add(store.appendHistory(r, Direction.UNSTAMP, clock.instant(), appliedBy, Duration.ZERO, true,
                true));
          }
          return steps;
        }, true, null);
        try {
          sink.run(batch);
        } catch (StatementFailedException e) {
          throw lockOrDatabase("cannot stamp the database", e);
        } catch (StaleStateException e) {
          throw new IllegalStateException("a batch without a guard cannot be stale", e);
        }
        LOG.log(System.Logger.Level.INFO, "stamped the database at " + describe(resolved) + " (was "
            + describe(state.ids()) + ")");
        return new StampResult(List.copyOf(state.ids()), graph().headsOf(after));
      } finally {
        held.close();
      }
    });
  }

  /** The offline script from one target to another: the online loop with a {@link ScriptSink}. */
  String script(String from, String to) {
    Set<String> start = graph().resolve(from, Set.of());
    Set<String> end = graph().resolve(to, start);
    Set<String> applied = graph().ancestors(start);
    Set<String> reached = graph().ancestors(end);
    List<Planner.Step> steps;
    if (reached.containsAll(applied)) {
      steps = Planner.upgrade(graph(), start, end);
    } else if (applied.containsAll(reached)) {
      steps = Planner.downgrade(graph(), start, end);
    } else {
      throw new UnknownRevisionException("no path from " + from + " to " + to + ": they are on different"
          + " branches; go through a common revision or a merge");
    }
    ScriptSink sink = new ScriptSink(dialect);
    sink.comment("Retort offline script for " + dialect.name() + ": " + from + " -> " + to
        + " (" + steps.size() + " revision(s))");
    sink.comment("history rows record the time this script was written");
    sink.run(new SqlBatch("create the version tables", store.createTables(), took -> List.of(), true, null));
    try {
      execute(steps, new TreeSet<>(graph().headsOf(applied)), sink, null, new ArrayList<>());
    } catch (StaleStateException e) {
      throw new IllegalStateException("an offline script has no guard", e);
    }
    return sink.script();
  }

  /** What the database is at, and what is pending; one query. */
  CurrentResult current(DataSource dataSource) {
    return withConnection(dataSource, (c, sink) -> {
      State state = read(c);
      List<RevisionInfo> heads = new ArrayList<>();
      List<String> unknown = new ArrayList<>();
      for (String id : state.ids()) {
        if (graph().contains(id)) {
          heads.add(RevisionInfo.of(graph().revision(id)));
        } else {
          unknown.add(id);
          heads.add(new RevisionInfo(id, List.of(), ""));
        }
      }
      int pending = 0;
      if (unknown.isEmpty() && !graph().isEmpty()) {
        pending = Planner.upgrade(graph(), state.ids(), new TreeSet<>(graph().heads())).size();
      }
      return new CurrentResult(heads, unknown, pending);
    });
  }

  /**
   * The database's heads after verifying the applied revisions as a run with something to do would: refuses
   * unknown revisions, and edited, inserted, removed or re-parented ones (a warning instead when allowed).
   */
  Set<String> verified(DataSource dataSource) {
    return withConnection(dataSource, (c, sink) -> {
      State state = read(c);
      verifyApplied(c, state);
      return state.ids();
    });
  }

  List<HistoryEntry> history(DataSource dataSource) {
    return withConnection(dataSource, (c, sink) -> store.readHistory(c));
  }

  /** The schema the applied revisions promise: their upgrade operations replayed in graph order. */
  Schema promised(Set<String> heads) {
    Schema schema = Schema.EMPTY;
    for (String id : graph().sorted(graph().ancestors(heads))) {
      RecordedRevision r = index.recorded(id);
      for (Op op : r.upgrade()) {
        try {
          schema = SchemaReplay.apply(schema, op);
        } catch (IllegalStateException e) {
          throw new RevisionFailedException(id, OpText.describe(op), null,
              "the applied revisions do not replay: " + e.getMessage(), e);
        }
      }
    }
    return schema;
  }

  /**
   * What an online run knows that an offline script does not.
   *
   * @param connection the live connection, for the checks before a rebuild
   * @param appliedBy the database user, for the history rows
   * @param lastRank the history's last rank when the lock was taken
   * @param bookkeepingPrepared whether {@link VersionStore#prepareMoveAndRecord} ran on the connection
   */
  private record Online(Connection connection, String appliedBy, int lastRank, boolean bookkeepingPrepared) {}

  /** The shared loop of online and offline ({@code online} null) runs: one batch per step. */
  private void execute(List<Planner.Step> steps, Set<String> heads, SqlSink sink, Online online,
      List<AppliedRevision> done) throws StaleStateException {
    Connection live = online == null ? null : online.connection();
    String appliedBy = online == null ? null : online.appliedBy();
    int rank = online == null ? 0 : online.lastRank();
    Set<String> applied = new HashSet<>(graph().ancestors(heads));
    Schema schema = promised(heads);
    boolean transactionsOnly = lock.transactionStart(options.lockTimeout(), LOG) != null;
    // Tables this run created or rebuilt from their definitions: nothing but this run has touched them since, so
    // rebuilding them again needs no check against the live table (a fresh database never pays for one). A
    // revision running its own SQL may have changed any table: after one, every table is checked again.
    Set<String> builtThisRun = new HashSet<>();
    for (Planner.Step step : steps) {
      RecordedRevision revision = index.recorded(step.revision());
      Direction direction = step.direction();
      List<SqlStep> work = new ArrayList<>();
      boolean nonTransactional = false;
      Schema atStart = schema;
      Map<String, String> rebuilt = new LinkedHashMap<>();
      Set<String> built = new HashSet<>();
      boolean ownSql = false;
      for (Op op : revision.ops(direction)) {
        String what = OpText.describe(op);
        for (String table : dialect.tablesRebuilt(op, schema)) {
          if (atStart.table(table).isPresent() && !builtThisRun.contains(table)) {
            rebuilt.putIfAbsent(table, what);
          }
          built.add(table);
        }
        if (op instanceof CreateTable create) {
          built.add(create.table().name());
        }
        ownSql |= op instanceof Execute;
        List<Statement> statements;
        try {
          statements = dialect.render(op, schema);
        } catch (RuntimeException e) {
          throw new RevisionFailedException(revision.id(), what, null, "cannot be rendered for " + dialect.name()
              + ": " + e.getMessage(), e);
        }
        for (Statement s : statements) {
          work.add(new SqlStep(s, what));
          nonTransactional |= s.kind() == Statement.Kind.NON_TRANSACTIONAL;
        }
        nonTransactional |= op.nonTransactional();
        try {
          schema = SchemaReplay.apply(schema, op);
        } catch (IllegalStateException e) {
          throw new RevisionFailedException(revision.id(), what, null, e.getMessage(), e);
        }
      }
      // The live tables are as the revision finds them: compare them with the schema before its first op.
      if (live != null && rebuildCheck != null && !rebuilt.isEmpty()) {
        try {
          rebuildCheck.verify(live, revision.id(), rebuilt, atStart);
        } catch (SQLException e) {
          throw new DatabaseException("cannot read the definitions of " + String.join(", ", rebuilt.keySet())
              + " before rebuilding them: " + e.getMessage(), e);
        }
      }
      // SQLite has transactional DDL and no separate lock: its revisions always run inside BEGIN IMMEDIATE.
      boolean transactional = !nonTransactional || transactionsOnly;
      Set<String> before = heads;
      Set<String> after = Planner.take(graph(), applied, heads, step);
      SqlBatch batch = batch(revision, direction, work, transactional, online, before, after, rank + 1,
          !transactionsOnly);
      Duration took;
      try {
        took = sink.run(batch);
      } catch (StatementFailedException e) {
        throw failure(revision, direction, e, transactional, sink, appliedBy);
      }
      if (live != null && LOG.isLoggable(System.Logger.Level.INFO)) {
        LOG.log(System.Logger.Level.INFO, (direction == Direction.UP ? "applied " : "reverted ") + label(revision,
            direction).replaceFirst("^(upgrade|downgrade) ", "") + " in " + took.toMillis() + " ms"
            + (transactional ? "" : " (outside a transaction)"));
      }
      if (ownSql) {
        builtThisRun.clear(); // its SQL may have changed any table behind the model's back
      }
      builtThisRun.addAll(built);
      rank++;
      done.add(new AppliedRevision(revision.id(), revision.descriptor().message(), direction, took, transactional));
      heads = after;
    }
  }

  /**
   * A revision's batch: its work, then its version and history rows. A step from one head to one head (the common,
   * linear case) moves the version row with one {@code UPDATE ... WHERE version_id = <from>}, which online inside
   * a transaction is a {@linkplain SqlStep#claim() claim}: on PostgreSQL, whose advisory lock already excludes
   * other migrators for the whole run, it goes last, together with the history row (ranked from the history read
   * under the lock) in one statement, prepared once per run on the session; on SQLite, where another process may
   * have moved the database since it was read, it goes first, before any of the work. Other steps (the first
   * revision, branch points, merges, non-transactional work) rewrite the head rows, guarded online by a read of
   * the version table.
   */
  private SqlBatch batch(RecordedRevision revision, Direction direction, List<SqlStep> work, boolean transactional,
      Online online, Set<String> before, Set<String> after, int rank, boolean lockedForTheRun) {
    boolean guard = online != null;
    String appliedBy = online == null ? null : online.appliedBy();
    Map<String, String> headsAfter = lineagesOf(after);
    String label = label(revision, direction);
    Function<Duration, SqlStep> history = took -> store.appendHistory(revision, direction, clock.instant(),
        appliedBy, took, true, transactional);
    if (before.size() == 1 && after.size() == 1) {
      String from = before.iterator().next();
      String to = after.iterator().next();
      SqlStep move = store.moveHead(from, to, headsAfter.get(to));
      if (guard && transactional && lockedForTheRun && online.bookkeepingPrepared()) {
        return new SqlBatch(label, work, took -> List.of(store.moveAndRecord(from, to, headsAfter.get(to), rank,
            revision, direction, clock.instant(), appliedBy, took, true)), true, null);
      }
      if (guard && transactional) {
        List<SqlStep> claimed = new ArrayList<>(work);
        claimed.add(0, move.asClaim());
        return new SqlBatch(label, claimed, took -> List.of(history.apply(took)), true, null);
      }
      return new SqlBatch(label, work, took -> List.of(move, history.apply(took)), transactional,
          guard ? store.guard(before) : null);
    }
    return new SqlBatch(label, work, took -> {
      List<SqlStep> record = new ArrayList<>(store.setHeads(headsAfter));
      record.add(history.apply(took));
      return record;
    }, transactional, guard ? store.guard(before) : null);
  }

  private static String label(RecordedRevision r, Direction direction) {
    String message = r.descriptor().message();
    return (direction == Direction.UP ? "upgrade " : "downgrade ") + "revision " + r.id()
        + (message.isEmpty() ? "" : " (" + message + ")");
  }

  private RetortException failure(RecordedRevision revision, Direction direction, StatementFailedException e,
      boolean transactional, SqlSink sink, String appliedBy) {
    if (e.step() == null) {
      if (lock.isBusy(e.getCause())) {
        return new LockTimeoutException(lock.busyMessage(options.lockTimeout()), options.lockTimeout(), e.getCause());
      }
      return new RevisionFailedException(revision.id(), null, null, "the transaction could not be started or"
          + " committed: " + e.getCause().getMessage() + "\nIf the commit reached the database before the error,"
          + " the revision is applied; running the upgrade again is safe: it reads the version table and skips"
          + " what is applied.", e.getCause());
    }
    String reason = databaseMessage(e.getCause(), e.step().statement().parameters());
    if (transactional && e.workCompleted()) {
      reason += "\nThe revision was committed and recorded; only this statement, which runs after its transaction,"
          + " failed. Running the upgrade again is safe: it reads the version table and skips what is applied.";
    }
    if (!transactional && !e.workCompleted()) {
      reason += "\nThe revision ran outside a transaction: the statements before this one stay applied. It is"
          + " recorded as failed and further runs are refused until you check the database by hand and run `stamp`.";
      SqlBatch failed = new SqlBatch("record failed revision " + revision.id(), List.of(),
          took -> List.of(store.appendHistory(revision, direction, clock.instant(), appliedBy, Duration.ZERO, false,
              false)), true, null);
      try {
        sink.run(failed);
      } catch (StatementFailedException | StaleStateException | RuntimeException recording) {
        e.addSuppressed(recording);
      }
    }
    if (!transactional && e.workCompleted()) {
      reason += "\nThe revision's statements ran outside a transaction and completed, but recording it failed:"
          + " check the database by hand, then run `stamp " + revision.id() + "` if it matches.";
    }
    return new RevisionFailedException(revision.id(), e.step().operation(), e.step().statement().sql(), reason,
        e.getCause());
  }

  /**
   * The database's message without bound values: its first line only (PostgreSQL's detail lines quote key
   * values), with any bound string still in it masked. The driver's full message stays on the cause.
   */
  static String databaseMessage(SQLException e, List<Object> parameters) {
    String m = String.valueOf(e.getMessage()).strip();
    int newline = m.indexOf('\n');
    if (newline >= 0) {
      m = m.substring(0, newline).strip();
    }
    for (Object p : parameters) {
      if (p instanceof String s && s.length() >= 3) {
        m = m.replace(s, "***");
      }
    }
    return m;
  }

  private Map<String, String> lineagesOf(Collection<String> heads) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String h : heads) {
      out.put(h, lineage(h));
    }
    return out;
  }

  /**
   * The lineage checksum of a revision, from its parents' (see {@link Checksums#lineage}): computed once per
   * revision, walking down only to the ancestors not computed yet, without recursion (histories are long).
   */
  private String lineage(String head) {
    Deque<String> todo = new ArrayDeque<>(List.of(head));
    while (!todo.isEmpty()) {
      String id = todo.peek();
      if (lineages.containsKey(id)) {
        todo.pop();
        continue;
      }
      List<String> missing = graph().parents(id).stream().filter(p -> !lineages.containsKey(p)).toList();
      if (missing.isEmpty()) {
        Map<String, String> parents = new HashMap<>();
        graph().parents(id).forEach(p -> parents.put(p, lineages.get(p)));
        lineages.put(id, Checksums.lineage(id, index.recorded(id).checksum(), parents));
        todo.pop();
      } else {
        missing.forEach(todo::push);
      }
    }
    return lineages.get(head);
  }

  /**
   * Refuses a database at unknown revisions, and one whose applied revisions changed: compares each head's stored
   * lineage with the computed one, and only on a difference reads the history to name what changed.
   */
  private void verifyApplied(Connection c, State state) {
    refuseUnknown(state);
    verifyLineage(c, state);
  }

  /** Refuses a database at revisions this application does not contain (a newer release migrated it). */
  private void refuseUnknown(State state) {
    List<String> unknown = state.ids().stream().filter(id -> !index.contains(id)).toList();
    if (!unknown.isEmpty()) {
      throw unknownApplied(unknown);
    }
  }

  private static UnknownAppliedRevisionException unknownApplied(List<String> unknown) {
    return new UnknownAppliedRevisionException("the database is at revision(s) " + String.join(", ", unknown)
        + ", which this application does not contain: a newer release has probably migrated it. Deploy a release"
        + " that contains them; if they were removed on purpose, check the database by hand and run `stamp` with"
        + " the revision it matches. History is never rewritten automatically.");
  }

  /** Refuses a database whose applied revisions changed since they were applied (edited, renamed, re-parented). */
  private void verifyLineage(Connection c, State state) {
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> h : state.heads().entrySet()) {
      if (!lineage(h.getKey()).equals(h.getValue())) {
        changed.add(h.getKey());
      }
    }
    if (changed.isEmpty()) {
      return;
    }
    List<HistoryEntry> history = store.readHistory(c);
    Map<String, String> stored = storedChecksums(history);
    List<ChecksumMismatchException.Mismatch> mismatches = new ArrayList<>();
    List<String> unrecorded = new ArrayList<>();
    for (String id : graph().sorted(graph().ancestors(state.ids()))) {
      String computed = index.recorded(id).checksum();
      String was = stored.get(id);
      if (was == null) {
        unrecorded.add(id);
      } else if (!was.equals(computed)) {
        mismatches.add(new ChecksumMismatchException.Mismatch(id, was, computed));
      }
    }
    List<String> vanished = appliedAccordingTo(history).stream().filter(id -> !graph().contains(id)).toList();
    RetortException refusal = !mismatches.isEmpty() ? new ChecksumMismatchException(mismatches)
        : new HistoryMismatchException("the revisions below " + String.join(", ", changed) + " differ from those"
            + " the database applied: a revision was inserted, removed, renamed or re-parented below an applied"
            + " one" + (unrecorded.isEmpty() ? "" : " (never applied here: " + String.join(", ", unrecorded) + ")")
            + (vanished.isEmpty() ? "" : " (applied here, missing from the application: "
                + String.join(", ", vanished) + ")")
            + ". Restore the revisions as they were when applied, or check the database by hand and run `stamp "
            + String.join(" ", changed) + "`.");
    if (!options.allowChecksumMismatch()) {
      throw refusal;
    }
    LOG.log(System.Logger.Level.WARNING, "proceeding although " + refusal.getMessage());
  }

  /** The revisions the history says are applied, in the order they were first applied. */
  private static List<String> appliedAccordingTo(List<HistoryEntry> history) {
    Set<String> applied = new LinkedHashSet<>();
    for (HistoryEntry e : history) {
      if (!e.success()) {
        continue;
      }
      if (e.direction() == Direction.UP || e.direction() == Direction.STAMP) {
        applied.add(e.revision());
      } else {
        applied.remove(e.revision());
      }
    }
    return List.copyOf(applied);
  }

  /** The checksum each revision had when last applied or stamped. */
  private static Map<String, String> storedChecksums(List<HistoryEntry> history) {
    Map<String, String> out = new HashMap<>();
    for (HistoryEntry e : history) {
      if (e.success() && (e.direction() == Direction.UP || e.direction() == Direction.STAMP)) {
        out.put(e.revision(), e.checksum());
      }
    }
    return out;
  }

  /** Revisions whose latest history row is a failure not followed by any stamp. */
  private static List<String> failedPending(List<HistoryEntry> history) {
    Map<String, HistoryEntry> failed = new LinkedHashMap<>();
    for (HistoryEntry e : history) {
      if (e.direction() == Direction.STAMP || e.direction() == Direction.UNSTAMP) {
        failed.clear();
      } else if (!e.success()) {
        failed.put(e.revision(), e);
      } else {
        failed.remove(e.revision());
      }
    }
    return List.copyOf(failed.keySet());
  }

  private static void refuseFailedPending(List<HistoryEntry> history) {
    List<String> failed = failedPending(history);
    if (!failed.isEmpty()) {
      throw new FailedRevisionPendingException("revision(s) " + String.join(", ", failed) + " failed part-way"
          + " outside a transaction in an earlier run; the statements before the failing one stay applied. Check"
          + " the database by hand, finish or undo those statements, then run `stamp` with the revision the"
          + " database now matches.");
    }
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.removeAll(b);
    return out;
  }

  private static String describe(Set<String> heads) {
    return heads.isEmpty() ? "base" : String.join(", ", heads);
  }
}
