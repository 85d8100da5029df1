package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.testing.FaultyDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine against a real database; one subclass per database. */
abstract class MigratorContractTest {
  LiveDb db;

  abstract String kind();

  @BeforeEach
  void open() throws Exception {
    db = LiveDb.of(kind());
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  final Retort retort(Class<?>... revisions) {
    return RetortBuilderAccess.configure(db).revisions(revisions).load();
  }

  /** A Retort that verifies the applied revisions even when there is nothing to run. */
  final Retort verifying(Class<?>... revisions) {
    return RetortBuilderAccess.configure(db).verifyOnBoot(true).revisions(revisions).load();
  }

  static final List<Class<?>> LINEAR = List.of(
      TestRevisions.V1.class, TestRevisions.V2.class, TestRevisions.V3.class);

  final Retort linear(Class<?>... more) {
    List<Class<?>> all = new ArrayList<>(LINEAR);
    Collections.addAll(all, more);
    return retort(all.toArray(new Class<?>[0]));
  }

  List<String> canary() throws Exception {
    return db.column("SELECT rev FROM canary ORDER BY rev");
  }

  @Test
  void upgradesToHeadOnceAndThenHasNothingToDo() throws Exception {
    Retort r = linear();
    UpgradeResult first = r.upgrade("head");
    assertEquals(List.of(), first.headsBefore());
    assertEquals(List.of("0003"), first.headsAfter());
    assertEquals(List.of("0001", "0002", "0003"), first.applied().stream().map(AppliedRevision::revision).toList());
    assertEquals(List.of("0001", "0002", "0003"), canary());

    UpgradeResult second = r.upgrade("head");
    assertEquals(List.of(), second.applied());
    assertEquals(List.of("0003"), second.headsAfter());

    CurrentResult current = r.current();
    assertEquals(List.of("0003"), current.heads().stream().map(RevisionInfo::id).toList());
    assertTrue(current.upToDate());

    List<HistoryEntry> history = r.history().entries();
    assertEquals(3, history.size());
    HistoryEntry h = history.get(1);
    assertEquals(2, h.rank());
    assertEquals("0002", h.revision());
    assertEquals("add done to todo", h.message());
    assertEquals(Direction.UP, h.direction());
    assertTrue(h.success());
    assertTrue(h.transactional());
    assertEquals(r.show("0002").checksum(), h.checksum());
    assertEquals(64, h.checksum().length());
  }

  @Test
  void aMessageHardToQuoteIsRecordedExactly() throws Exception {
    Retort r = linear(TestRevisions.V4HostileMessage.class);
    r.upgrade("head");
    HistoryEntry h = r.history().entries().get(3);
    assertEquals("0004", h.revision());
    assertEquals(TestRevisions.HOSTILE_MESSAGE, h.message());
    assertTrue(db.tableExists("note"));
    r.downgrade("base");
    assertEquals(8, r.history().entries().size());
    assertFalse(db.tableExists("note"));
  }

  @Test
  void movesByRelativeTargetsAndIds() throws Exception {
    Retort r = linear();
    assertEquals(List.of("0001"), r.upgrade("+1").headsAfter());
    assertEquals(List.of("0003"), r.upgrade("+2").headsAfter());
    assertEquals(List.of("0002"), r.downgrade("-1").headsAfter());
    assertEquals(List.of("0001", "0002"), canary());
    assertEquals(List.of("0003"), r.upgrade("0003").headsAfter());
    assertEquals(List.of("0001"), r.downgrade("0001").headsAfter());
    assertEquals(List.of("0002"), r.upgrade("0001+1").headsAfter());
    DowngradeResult toBase = r.downgrade("base");
    assertEquals(List.of(), toBase.headsAfter());
    assertEquals(List.of("0002", "0001"), toBase.applied().stream().map(AppliedRevision::revision).toList());
    assertFalse(db.tableExists("todo"));
    List<Direction> directions = r.history().entries().stream().map(HistoryEntry::direction).toList();
    assertEquals(List.of(Direction.UP, Direction.UP, Direction.UP, Direction.DOWN, Direction.UP, Direction.DOWN,
        Direction.DOWN, Direction.UP, Direction.DOWN, Direction.DOWN), directions);
  }

  @Test
  void appliesBranchesAndMerges() throws Exception {
    Retort r = retort(TestRevisions.V1.class, TestRevisions.BranchA.class, TestRevisions.BranchB.class);
    assertThrows(MultipleHeadsException.class, () -> r.upgrade("head"));
    assertEquals(List.of("a1", "b1"), r.upgrade("heads").headsAfter());
    assertEquals(List.of("a1", "b1"), db.column("SELECT version_id FROM retort_version ORDER BY version_id"));
    assertEquals(List.of(), r.upgrade("heads").applied());
    assertThrows(MultipleHeadsException.class, () -> r.upgrade("head"));

    Retort merged = retort(TestRevisions.V1.class, TestRevisions.BranchA.class, TestRevisions.BranchB.class,
        TestRevisions.Merge.class);
    assertEquals(List.of("m1"), merged.upgrade("head").headsAfter());
    assertEquals(List.of("a1", "b1"), merged.downgrade("-1").headsAfter());
    assertEquals(List.of("0001"), merged.downgrade("a1-1").headsAfter());
    assertFalse(db.tableExists("ta"));
    assertFalse(db.tableExists("tb"));
    assertEquals(List.of("m1"), merged.upgrade("m1").headsAfter());
  }

  @Test
  void stampsWithoutRunningAnything() throws Exception {
    Retort r = linear();
    StampResult stamped = r.stamp("0002");
    assertEquals(List.of(), stamped.headsBefore());
    assertEquals(List.of("0002"), stamped.headsAfter());
    assertFalse(db.tableExists("todo"));
    assertEquals(List.of("0002"), r.current().heads().stream().map(RevisionInfo::id).toList());
    assertEquals(List.of(Direction.STAMP, Direction.STAMP),
        r.history().entries().stream().map(HistoryEntry::direction).toList());
    r.stamp("base");
    assertEquals(List.of(), r.current().heads());
  }

  @Test
  void failedRevisionIsRolledBackAndNamed() throws Exception {
    linear().upgrade("head");
    Retort r = linear(TestRevisions.V4Fails.class);
    RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> r.upgrade("head"));
    assertEquals("0004", e.revision());
    assertEquals("execute INSERT INTO missing_table VALUES (1)", e.operation());
    assertEquals("INSERT INTO missing_table VALUES (1)", e.sql());
    assertTrue(e.getMessage().startsWith("revision 0004 failed\n"
        + "  operation: execute INSERT INTO missing_table VALUES (1)\n"
        + "  sql:       INSERT INTO missing_table VALUES (1)\n"
        + "  error:     "), e.getMessage());
    assertTrue(e.getMessage().contains("missing_table"), e.getMessage());
    assertEquals(ErrorCode.REVISION_FAILED, e.code());
    assertFalse(db.tableExists("half"));
    assertEquals(List.of("0003"), db.column("SELECT version_id FROM retort_version"));
    assertEquals(3, r.history().entries().size());
  }

  @Test
  void revisionCodeThatThrowsIsNamed() throws Exception {
    linear().upgrade("head");
    Retort r = linear(TestRevisions.V4Throws.class);
    RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> r.upgrade("head"));
    assertEquals("revision 0004 failed\n  error:     its upgrade(Ops) threw java.lang.IllegalStateException:"
        + " backfill source missing", e.getMessage());
    assertEquals(List.of("0003"), db.column("SELECT version_id FROM retort_version"));
  }

  @Test
  void refusesAnEditedAppliedRevision() throws Exception {
    Retort original = linear();
    original.upgrade("head");
    String stored = original.show("0002").checksum();
    Retort edited = retort(TestRevisions.V1.class, TestRevisions.V2Edited.class, TestRevisions.V3.class,
        TestRevisions.V4.class);
    String computed = edited.show("0002").checksum();
    ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class, () -> edited.upgrade("head"));
    assertEquals("an applied revision was edited after it ran:\n"
        + "  revision: 0002\n"
        + "  stored:   " + stored + "\n"
        + "  computed: " + computed + "\n"
        + "Revert the edit, or check the database by hand and run `stamp` to accept the new operations (or proceed"
        + " knowingly with allowChecksumMismatch / --allow-checksum-mismatch).", e.getMessage());
    assertFalse(db.tableExists("note"));
    assertEquals(List.of("0003"), db.column("SELECT version_id FROM retort_version"));

    Retort knowingly = RetortBuilderAccess.configure(db).allowChecksumMismatch(true)
        .revisions(TestRevisions.V1.class, TestRevisions.V2Edited.class, TestRevisions.V3.class,
            TestRevisions.V4.class).load();
    assertEquals(List.of("0004"), knowingly.upgrade("head").applied().stream().map(AppliedRevision::revision).toList());

    edited.stamp("head");
    assertEquals(List.of(), edited.upgrade("head").applied());
    assertEquals(List.of(), verifying(TestRevisions.V1.class, TestRevisions.V2Edited.class, TestRevisions.V3.class,
        TestRevisions.V4.class).upgrade("head").applied());
  }

  @Test
  void anEditedAppliedRevisionWithNothingPendingBootsAndIsReportedByVerifyAndCheck() throws Exception {
    Retort original = retort(SchemaRevisions.S1.class, SchemaRevisions.S2.class);
    original.upgrade("head");
    String stored = original.show("s2").checksum();
    Class<?>[] editedRevisions = {SchemaRevisions.S1.class, SchemaRevisions.S2Edited.class};

    // The boot compares the version table's heads with the catalog's: one read, nothing recomputed.
    FaultyDataSource counting = new FaultyDataSource(db.dataSource);
    UpgradeResult boot = Retort.configure().dataSource(counting).discover(false).revisions(editedRevisions).load()
        .upgrade("head");
    assertEquals(List.of(), boot.applied());
    assertEquals(List.of("s2"), boot.headsAfter());
    assertEquals(1, counting.count());

    Retort verifying = verifying(editedRevisions);
    String computed = verifying.show("s2").checksum();
    String message = "an applied revision was edited after it ran:\n"
        + "  revision: s2\n"
        + "  stored:   " + stored + "\n"
        + "  computed: " + computed + "\n"
        + "Revert the edit, or check the database by hand and run `stamp` to accept the new operations (or proceed"
        + " knowingly with allowChecksumMismatch / --allow-checksum-mismatch).";
    ChecksumMismatchException atBoot = assertThrows(ChecksumMismatchException.class,
        () -> verifying.upgrade("head"));
    assertEquals(message, atBoot.getMessage());
    assertEquals(ErrorCode.CHECKSUM_MISMATCH, atBoot.code());
    ChecksumMismatchException checked = assertThrows(ChecksumMismatchException.class,
        () -> retort(editedRevisions).check());
    assertEquals(message, checked.getMessage());

    CheckResult knowingly = RetortBuilderAccess.configure(db).allowChecksumMismatch(true).revisions(editedRevisions)
        .load().check();
    assertEquals(List.of("s2"), knowingly.heads());
    assertTrue(knowingly.clean(), knowingly.differences().toString());
    assertEquals(List.of(), verifying(SchemaRevisions.S1.class, SchemaRevisions.S2.class).upgrade("head").applied());
  }

  @Test
  void refusesADatabaseAheadOfTheCode() throws Exception {
    linear(TestRevisions.V4.class).upgrade("head");
    Retort older = linear();
    UnknownAppliedRevisionException e = assertThrows(UnknownAppliedRevisionException.class,
        () -> older.upgrade("head"));
    assertEquals("the database is at revision(s) 0004, which this application does not contain: a newer release"
        + " has probably migrated it. Deploy a release that contains them; if they were removed on purpose, check the"
        + " database by hand and run `stamp` with the revision it matches. History is never rewritten"
        + " automatically.", e.getMessage());
    assertEquals(ErrorCode.UNKNOWN_APPLIED_REVISION, e.code());
    assertEquals(List.of("0004"), older.current().unknown());
    assertEquals(4, older.history().entries().size());
    older.stamp("0003");
    assertEquals(List.of(), older.upgrade("head").applied());
    assertEquals(Direction.STAMP, older.history().entries().get(4).direction());
  }

  @Test
  void refusesAMissingParentBeforeRunningAnything() throws Exception {
    Retort r = retort(TestRevisions.V1.class, TestRevisions.V3.class);
    MissingParentException e = assertThrows(MissingParentException.class, () -> r.upgrade("head"));
    assertEquals("revision 0003 names parent 0002, which does not exist. Restore the missing revision, or correct"
        + " the parents in @Revision(parents = ...).", e.getMessage());
    assertThrows(MissingParentException.class, r::graph);
    assertFalse(db.tableExists("retort_version"));

    // A revision deleted below the database's head changes the catalog's heads: the boot takes the full path.
    linear().upgrade("head");
    assertThrows(MissingParentException.class, () -> r.upgrade("head"));
  }

  @Test
  void refusesARevisionInsertedBelowAnAppliedOne() throws Exception {
    retort(TestRevisions.V1.class, TestRevisions.BranchA.class).upgrade("head");
    // Nothing to run as far as the heads tell: the boot does not notice; verifying and check do.
    assertEquals(List.of(), retort(TestRevisions.V1.class, Reparented.class, TestRevisions.BranchB.class)
        .upgrade("head").applied());
    assertThrows(HistoryMismatchException.class,
        () -> retort(TestRevisions.V1.class, Reparented.class, TestRevisions.BranchB.class).check());
    Retort reparented = verifying(TestRevisions.V1.class, Reparented.class, TestRevisions.BranchB.class);
    HistoryMismatchException e = assertThrows(HistoryMismatchException.class, () -> reparented.upgrade("head"));
    assertEquals("the revisions below a1 differ from those the database applied: a revision was inserted, removed,"
        + " renamed or re-parented below an applied one (never applied here: b1). Restore the revisions as they"
        + " were when applied, or check the database by hand and run `stamp a1`.", e.getMessage());
  }

  /** {@link TestRevisions.BranchA}, moved after b1 once applied. */
  @dev.retort.annotations.Revision(id = "a1", parents = "b1", message = "branch a")
  public static final class Reparented implements Migration {
    @Override
    public void upgrade(Ops ops) {
      ops.execute("CREATE TABLE ta (id INTEGER)");
    }

    @Override
    public void downgrade(Ops ops) {
      ops.execute("DROP TABLE ta");
    }
  }

  @Test
  void offlineScriptBuildsWhatTheOnlineUpgradeBuilds() throws Exception {
    Retort r = linear();
    SqlResult sql = r.sql("base", "head");
    assertTrue(sql.script().contains("BEGIN;\nCREATE TABLE canary (rev VARCHAR(20) NOT NULL);\n"), sql.script());
    assertTrue(sql.script().contains("INSERT INTO \"canary\" (\"rev\") VALUES ('0002');"), sql.script());
    try (LiveDb other = LiveDb.of(kind())) {
      other.runScript(sql.script());
      r.upgrade("head");
      assertEquals(db.column("SELECT version_id FROM retort_version"),
          other.column("SELECT version_id FROM retort_version"));
      assertEquals(canary(), other.column("SELECT rev FROM canary ORDER BY rev"));
      assertEquals(List.of("0001", "0002", "0003"),
          other.column("SELECT revision_id FROM retort_history ORDER BY installed_rank"));
      assertTrue(other.tableExists("tag"));
      Retort onOther = RetortBuilderAccess.configure(other).revisions(LINEAR.toArray(new Class<?>[0])).load();
      assertEquals(List.of(), onOther.upgrade("head").applied());
    }
    String down = r.sql("0003", "0001").script();
    assertTrue(down.contains("ALTER TABLE todo DROP COLUMN done;"), down);
    assertFalse(down.contains("DROP TABLE todo"), down);
  }

  @Test
  void racingMigratorsApplyEachRevisionOnce() throws Exception {
    int threads = 2;
    for (int round = 0; round < 3; round++) {
      if (round > 0) {
        linear(TestRevisions.V4.class).downgrade("base");
      }
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<UpgradeResult>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Retort r = RetortBuilderAccess.configure(db).lockTimeout(Duration.ofSeconds(60))
            .revisions(TestRevisions.V1.class, TestRevisions.V2.class, TestRevisions.V3.class, TestRevisions.V4.class)
            .load();
        results.add(pool.submit(() -> {
          start.await();
          return r.upgrade("head");
        }));
      }
      start.countDown();
      int applied = 0;
      for (Future<UpgradeResult> f : results) {
        UpgradeResult u = f.get();
        assertEquals(List.of("0004"), u.headsAfter());
        applied += u.applied().size();
      }
      pool.shutdown();
      assertEquals(4, applied);
      assertEquals(List.of("0001", "0002", "0003", "0004"), canary());
    }
    long ups = linear(TestRevisions.V4.class).history().entries().stream()
        .filter(h -> h.direction() == Direction.UP).count();
    assertEquals(12, ups);
    assertNull(null);
  }

  /** Stands for the generated index: heads as a constant; counts how often it is asked for its revisions. */
  static final class CountingCatalog implements RevisionCatalog {
    private final List<RevisionDescriptor> revisions;
    private final List<String> heads;
    int asked;

    CountingCatalog(List<Class<?>> types, String... heads) {
      this.revisions = types.stream().map(t -> RevisionDescriptor.of(t.asSubclass(Migration.class))).toList();
      this.heads = List.of(heads);
    }

    @Override
    public List<RevisionDescriptor> revisions() {
      asked++;
      return revisions;
    }

    @Override
    public List<String> heads() {
      return heads;
    }
  }

  @Test
  void bootingWithNothingPendingCostsOneConnectionAndOneQuery() throws Exception {
    linear().upgrade("head");
    for (String target : List.of("head", "heads")) {
      FaultyDataSource counting = new FaultyDataSource(db.dataSource);
      CountingCatalog catalog = new CountingCatalog(LINEAR, "0003");
      Retort r = Retort.configure().dataSource(counting).discover(false).revisions(catalog).load();
      UpgradeResult result = r.upgrade(target);
      assertEquals(List.of(), result.applied());
      assertEquals(List.of("0003"), result.headsBefore());
      assertEquals(List.of("0003"), result.headsAfter());
      // No dialect probe on a connection of its own, no session setting read or restored, no graph, no checksum.
      assertEquals(1, counting.connections(), target);
      assertEquals(1, counting.count(), target);
      assertEquals(0, catalog.asked, target);
      assertEquals(kind(), r.dialect().name());
    }
    // Revisions given as classes: the heads are computed from them, still without the graph.
    FaultyDataSource counting = new FaultyDataSource(db.dataSource);
    assertEquals(List.of(), Retort.configure().dataSource(counting).discover(false)
        .revisions(LINEAR.toArray(new Class<?>[0])).load().upgrade("head").applied());
    assertEquals(1, counting.count());
  }

  @Test
  void aDatabaseAheadOfTheCodeIsRefusedFromTheSameRead() throws Exception {
    linear(TestRevisions.V4.class).upgrade("head");
    FaultyDataSource counting = new FaultyDataSource(db.dataSource);
    CountingCatalog catalog = new CountingCatalog(LINEAR, "0003");
    Retort older = Retort.configure().dataSource(counting).discover(false).revisions(catalog).load();
    UnknownAppliedRevisionException e = assertThrows(UnknownAppliedRevisionException.class,
        () -> older.upgrade("head"));
    assertTrue(e.getMessage().startsWith("the database is at revision(s) 0004, which this application does not"
        + " contain"), e.getMessage());
    assertEquals(1, counting.connections());
    assertEquals(1, counting.count());
  }

  @Test
  void pendingWorkTakesTheFullPathAndVerifiesFirst() throws Exception {
    linear().upgrade("head");
    CountingCatalog catalog = new CountingCatalog(List.of(TestRevisions.V1.class, TestRevisions.V2Edited.class,
        TestRevisions.V3.class, TestRevisions.V4.class), "0004");
    Retort edited = RetortBuilderAccess.configure(db).revisions(catalog).load();
    assertThrows(ChecksumMismatchException.class, () -> edited.upgrade("head"));
    assertTrue(catalog.asked > 0);
    assertFalse(db.tableExists("note"));
  }

  @Test
  void aFailureAtAnyStatementLeavesTheStateBeforeOrAfterARevision() throws Exception {
    Class<?>[] revisions = {TestRevisions.V1.class, TestRevisions.V2.class, TestRevisions.V3.class,
        TestRevisions.V4.class};
    List<String> order = List.of("0001", "0002", "0003", "0004");
    int total;
    try (LiveDb clean = LiveDb.of(kind())) {
      FaultyDataSource counting = new FaultyDataSource(clean.dataSource);
      Retort.configure().dataSource(counting).discover(false).revisions(revisions).load().upgrade("head");
      total = counting.count();
    }
    assertTrue(total > 20, "statements: " + total);
    for (int n = 1; n <= total; n++) {
      try (LiveDb fresh = LiveDb.of(kind())) {
        FaultyDataSource faulty = new FaultyDataSource(fresh.dataSource).failAt(n, FaultyDataSource.Fault.FAIL_BEFORE);
        Retort r = Retort.configure().dataSource(faulty).discover(false).revisions(revisions).load();
        try {
          r.upgrade("head");
        } catch (RetortException e) {
          assertTrue(e.getMessage().contains("injected failure at statement " + n), e.getMessage());
          if (e instanceof RevisionFailedException f && f.operation() != null) {
            assertTrue(e.getMessage().startsWith("revision " + f.revision() + " failed\n  operation: "),
                e.getMessage());
          }
        }
        List<String> heads = fresh.tableExists("retort_version")
            ? fresh.column("SELECT version_id FROM retort_version") : List.of();
        int applied = heads.isEmpty() ? 0 : order.indexOf(heads.get(0)) + 1;
        List<String> canary = fresh.tableExists("canary")
            ? fresh.column("SELECT rev FROM canary ORDER BY rev") : List.of();
        assertEquals(order.subList(0, applied), canary, "failure at statement " + n);
        List<String> history = fresh.tableExists("retort_history")
            ? fresh.column("SELECT revision_id FROM retort_history ORDER BY installed_rank") : List.of();
        assertEquals(order.subList(0, applied), history, "failure at statement " + n);
        assertEquals(applied >= 3, fresh.tableExists("tag"), "failure at statement " + n);
        assertEquals(applied >= 4, fresh.tableExists("note"), "failure at statement " + n);

        Retort again = Retort.configure().dataSource(fresh.dataSource).discover(false).revisions(revisions)
            .load();
        assertEquals(order.subList(applied, 4),
            again.upgrade("head").applied().stream().map(AppliedRevision::revision).toList());
        assertEquals(order, fresh.column("SELECT rev FROM canary ORDER BY rev"));
      }
    }
  }


  private Retort schemaRetort() {
    return RetortBuilderAccess.configure(db).revisions(SchemaRevisions.S1.class, SchemaRevisions.S2.class,
        SchemaRevisions.S3.class).load();
  }

  private static dev.retort.schema.Schema reflect(LiveDb on) throws Exception {
    try (java.sql.Connection c = on.dataSource.getConnection()) {
      return dev.retort.runtime.reflect.SchemaReader.forDialect(dev.retort.runtime.dialect.Dialects.named(on.kind))
          .read(c);
    }
  }

  @Test
  void offlineScriptOfSchemaOperationsBuildsTheSameSchemaAsOnline() throws Exception {
    Retort r = schemaRetort();
    String script = r.sql("base", "head").script();
    r.upgrade("head");
    try (LiveDb other = LiveDb.of(kind())) {
      other.runScript(script);
      assertEquals(reflect(db), reflect(other));
      assertEquals(db.column("SELECT title FROM todos"), other.column("SELECT title FROM todos"));
      assertEquals(List.of("s3"), other.column("SELECT version_id FROM retort_version"));
      Retort onOther = RetortBuilderAccess.configure(other).revisions(SchemaRevisions.S1.class,
          SchemaRevisions.S2.class, SchemaRevisions.S3.class).load();
      assertTrue(onOther.check().clean(), onOther.check().differences().toString());
      assertEquals(List.of(), onOther.upgrade("head").applied());
    }
    r.downgrade("base");
    assertEquals(List.of(), reflect(db).tables());
  }

  @Test
  void checkReportsDriftAsAList() throws Exception {
    Retort r = schemaRetort();
    r.upgrade("head");
    CheckResult clean = r.check();
    assertTrue(clean.clean(), clean.differences().toString());
    assertEquals(List.of("s3"), clean.heads());
    db.execute("ALTER TABLE todos ADD COLUMN extra INTEGER");
    db.execute("DROP INDEX ix_todos_owner_id");
    CheckResult drift = r.check();
    assertFalse(drift.clean());
    assertEquals(2, drift.differences().size(), drift.differences().toString());
    assertEquals(List.of("table todos: column extra: found in the database, not promised",
        "table todos: index ix_todos_owner_id: promised, not found in the database"), drift.differences());
  }

  @Test
  void boundValuesNeverAppearInTheMessage() throws Exception {
    Retort r = linear(TestRevisions.V4DuplicateSecret.class);
    RevisionFailedException e = assertThrows(RevisionFailedException.class, () -> r.upgrade("head"));
    assertEquals("insert 2 rows into secrets", e.operation());
    assertFalse(e.getMessage().contains("s3cret-value"), e.getMessage());
    assertTrue(e.getMessage().contains("secrets"), e.getMessage());
    assertFalse(db.tableExists("secrets"));
  }

  @Test
  void refusesReorderedAndRenamedAppliedRevisions() throws Exception {
    linear().upgrade("head");
    HistoryMismatchException reordered = assertThrows(HistoryMismatchException.class, () -> retort(
        TestRevisions.V1.class, TamperedRevisions.V3First.class, TamperedRevisions.V2After.class).upgrade("head"));
    assertEquals("the revisions below 0003 differ from those the database applied: a revision was inserted, removed,"
        + " renamed or re-parented below an applied one. Restore the revisions as they were when applied, or check"
        + " the database by hand and run `stamp 0003`.", reordered.getMessage());
    assertEquals(ErrorCode.HISTORY_MISMATCH, reordered.code());
    HistoryMismatchException renamed = assertThrows(HistoryMismatchException.class, () -> verifying(
        TestRevisions.V1.class, TamperedRevisions.V2Renamed.class, TamperedRevisions.V3AfterRenamed.class)
        .upgrade("head"));
    assertTrue(renamed.getMessage().contains("(never applied here: 0002b)"), renamed.getMessage());
    assertEquals(3, linear().history().entries().size());
  }

  @Test
  void versionTablesTakeAnyName() throws Exception {
    String version = "Retort \"Version\"; --";
    String history = "hist-ory";
    Retort r = RetortBuilderAccess.configure(db).versionTable(version).historyTable(history)
        .revisions(LINEAR.toArray(new Class<?>[0])).load();
    assertEquals(3, r.upgrade("head").applied().size());
    assertEquals(List.of("0003"), r.current().heads().stream().map(RevisionInfo::id).toList());
    assertEquals(3, r.history().entries().size());
    assertTrue(db.tableExists(version));
    assertTrue(db.tableExists(history));
    assertFalse(db.tableExists("retort_version"));
    assertTrue(r.sql("base", "head").script().contains("\"Retort \"\"Version\"\"; --\""),
        r.sql("base", "head").script());
  }
}
