package dev.retort.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.evolution.Evolver.Evolution;
import dev.retort.ops.Ops;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionCatalog;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import dev.retort.testsupport.HibernateCheck;
import dev.retort.testsupport.ProjectCompiler;
import dev.retort.testsupport.Revisions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * One random evolution, end to end: every model is compiled with the real processor (the compile that writes a
 * revision stops, the next one is clean), then on a real database:
 *
 * <ol>
 *   <li>migrate equals create: after upgrading to the last revision, the reflected schema equals that of a fresh
 *       database built from the last model by a project with no history (the number of steps varies, so every
 *       step count is covered across evolutions);
 *   <li>data survives: a row inserted into every table at each step keeps its values, renames followed;
 *   <li>down undoes up: downgrading to a random earlier revision gives that revision's schema, and upgrading
 *       again gives the last one;
 *   <li>Hibernate agrees: Hibernate ORM validates the last model against the migrated database;
 *   <li>offline equals online: the {@code sql("base", "head")} script run on an empty database gives the same
 *       schema.
 * </ol>
 */
final class EvolutionRun {
  private static final int MAX_STEPS = 6;
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final TestDatabase.Kind kind;
  private final Choices choices;
  private final StringBuilder story = new StringBuilder();

  EvolutionRun(TestDatabase.Kind kind, List<Integer> choiceList) {
    this.kind = kind;
    this.choices = new Choices(choiceList);
  }

  /** One evolution step as compiled: its model and the revision its compile added. */
  private record Stage(ModelSpec model, String revision) {}

  void run() throws Exception {
    List<ModelSpec> models = models();
    Path dir = Files.createTempDirectory("retort-evolution");
    try {
      ProjectCompiler project = new ProjectCompiler(dir.resolve("project"), models.get(0).naming());
      List<Stage> stages = new ArrayList<>();
      for (int k = 0; k < models.size(); k++) {
        stages.add(generate(project, models.get(k), k));
      }
      ModelSpec last = models.get(models.size() - 1);
      ProjectCompiler.Result clean = project.compile("generate", now(models.size()));
      assertTrue(clean.success(), () -> describe("the compile after the last revision is clean: " + clean.errors()
          + "\n" + sources(last)));
      assertEquals(List.of(), clean.warnings().stream().filter(w -> w.contains("/gen/revisions/")).toList(),
          () -> describe("generated revisions compile without warnings"));
      try {
        check(dir, stages, clean);
      } catch (RuntimeException e) {
        throw new AssertionError(describe("unexpected exception: " + e), e);
      }
    } finally {
      if (Boolean.getBoolean("retort.evolution.keep")) {
        story.append("project and its compiles kept in ").append(dir).append('\n');
      } else {
        delete(dir);
      }
    }
  }

  private List<ModelSpec> models() {
    Evolver evolver = new Evolver(choices);
    List<ModelSpec> models = new ArrayList<>();
    models.add(evolver.initial());
    story.append("initial model (naming ").append(models.get(0).naming()).append(")\n");
    int wanted = 1 + choices.next(MAX_STEPS);
    for (int attempts = 0; models.size() <= wanted && attempts < 40; attempts++) {
      Evolution e = evolver.step(models.get(models.size() - 1));
      if (e != null) {
        models.add(e.model());
        story.append("step ").append(models.size() - 1).append(": ").append(e.step()).append('\n');
      }
    }
    return models;
  }

  private static String now(int k) {
    return LocalDateTime.of(2026, 1, 1, 0, 0).plusHours(k).format(CLOCK);
  }

  /** Compiles model k: the compile writes exactly one revision and stops for review. */
  private Stage generate(ProjectCompiler project, ModelSpec model, int k) {
    project.writeModel(EntityWriter.PACKAGE, EntityWriter.sources(model));
    List<Path> before = project.revisionFiles();
    ProjectCompiler.Result generate = project.compile("generate", now(k));
    List<Path> added = new ArrayList<>(project.revisionFiles());
    added.removeAll(before);
    assertEquals(1, added.size(), () -> describe("model " + k + " must add exactly one revision; errors "
        + generate.errors() + "\n" + sources(model)));
    assertTrue(!generate.success() && generate.errors().stream().anyMatch(e -> e.contains("review")),
        () -> describe("the generating compile stops with the review error: " + generate.errors()));
    return new Stage(model, Revisions.idOf(added.get(0)));
  }

  private void check(Path dir, List<Stage> stages, ProjectCompiler.Result build) throws Exception {
    Stage last = stages.get(stages.size() - 1);
    try (URLClassLoader loader = build.loader();
        TestDatabase db = TestDatabases.create(kind)) {
      RevisionCatalog catalog = Revisions.catalog(loader);
      Retort retort = retort(db.dataSource(), catalog);
      RowLedger ledger = new RowLedger(kind);
      List<Schema> reflected = new ArrayList<>();
      for (int k = 0; k < stages.size(); k++) {
        Stage stage = stages.get(k);
        retort.upgrade(stage.revision());
        Schema live = Catalogs.reflect(db);
        int step = k;
        ledger.follow(Ops.upgradeOf(descriptor(catalog, stage.revision()).factory().get()));
        ledger.verify(db.dataSource(), () -> describe("data survives, at step " + step));
        ledger.insert(db.dataSource(), live);
        reflected.add(live);
      }
      int n = stages.size() - 1;
      assertEquals(createdFromNothing(dir, last, n), reflected.get(n),
          () -> describe("migrate equals create: revisions 1.." + n + " against model " + n + " built from nothing"));
      if (n > 0) {
        int j = choices.next(n);
        retort.downgrade(stages.get(j).revision());
        assertEquals(reflected.get(j), Catalogs.reflect(db), () -> describe("down undoes up: downgrade to step " + j));
        retort.upgrade("head");
        assertEquals(reflected.get(n), Catalogs.reflect(db), () -> describe("up again after downgrade to step " + j));
      }
      HibernateCheck.validate(db, loader, last.model().naming(), EntityWriter.classNames(last.model()),
          () -> describe("Hibernate validates the last model"));
      String script = retort.sql("base", "head").script();
      try (TestDatabase offline = TestDatabases.create(kind)) {
        Catalogs.runScript(offline, script);
        assertEquals(reflected.get(n), Catalogs.reflect(offline), () -> describe("offline equals online:\n" + script));
      }
    }
  }

  /** Builds model k in a fresh project with no history and returns the reflected schema of a fresh database. */
  private Schema createdFromNothing(Path dir, Stage stage, int k) throws Exception {
    Path root = dir.resolve("fresh-" + k);
    ProjectCompiler fresh = new ProjectCompiler(root, stage.model().naming());
    fresh.writeModel(EntityWriter.PACKAGE, EntityWriter.sources(stage.model().withoutHints()));
    fresh.compile("generate", "2025-01-01T00:00");
    ProjectCompiler.Result clean = fresh.compile("generate", "2025-01-01T00:00");
    assertTrue(clean.success(), () -> describe("model " + k + " compiles from nothing: " + clean.errors()));
    try (URLClassLoader loader = clean.loader(); TestDatabase db = TestDatabases.create(kind)) {
      retort(db.dataSource(), Revisions.catalog(loader)).upgrade("head");
      return Catalogs.reflect(db);
    }
  }

  private static Retort retort(DataSource dataSource, RevisionCatalog catalog) {
    return Retort.configure().dataSource(dataSource).discover(false).revisions(catalog).load();
  }

  private static RevisionDescriptor descriptor(RevisionCatalog catalog, String id) {
    return catalog.revisions().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }


  private String describe(String what) {
    return what + "\nevolution:\n" + story;
  }

  private static String sources(ModelSpec model) {
    StringBuilder s = new StringBuilder();
    EntityWriter.sources(model).forEach((file, text) -> {
      if (!file.endsWith("Color.java") && !file.endsWith("Address.java")) {
        s.append("// ").append(file).append('\n').append(text);
      }
    });
    return s.toString();
  }

  private static void delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
