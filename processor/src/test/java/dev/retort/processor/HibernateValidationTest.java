package dev.retort.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.runtime.CheckResult;
import dev.retort.runtime.Retort;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import dev.retort.testsupport.HibernateCheck;
import dev.retort.testsupport.ProjectCompiler;
import dev.retort.testsupport.Revisions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The end-to-end promise of the processor: a model that uses every mapping feature Retort reads (the
 * {@code entities/good/} fixtures {@code basic}, {@code embedded}, {@code ids}, {@code inheritance}, {@code misc}
 * and {@code relations}, compiled together as one project), compiled by the real javac with the processor
 * (generate, then a clean build), upgraded to head by the runtime on a real database, is the schema Hibernate
 * ORM expects: Hibernate's own schema validation ({@code hbm2ddl.auto=validate}) of the same compiled entity
 * classes passes, and Retort's {@code check()} sees no drift. Run on SQLite in both naming modes and on PostgreSQL
 * with {@code snake} naming.
 *
 * <p>On PostgreSQL, {@code retort.naming=jpa} with mixed-case names ({@code OrderLine}, {@code maybeFlag}) is a
 * documented limit, pinned by {@link #postgresFoldsTheMixedCaseNamesOfJpaNaming}: Retort creates the names as
 * written, Hibernate looks them up folded to lower case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HibernateValidationTest {
  private static final List<String> FIXTURES = List.of(
      "basic/Everything", "basic/Money", "basic/Priority", "basic/Status", "basic/YesNoConverter",
      "embedded/Address", "embedded/Audited", "embedded/Customer", "embedded/Geo",
      "ids/AutoKey", "ids/IdentityKey", "ids/LinePk", "ids/OrderLine", "ids/PropertyAccess", "ids/SequenceKey",
      "ids/Stock", "ids/StockKey", "ids/TableKey", "ids/UuidKey",
      "inheritance/Car", "inheritance/CardPayment", "inheritance/Circle", "inheritance/Payment",
      "inheritance/Shape", "inheritance/Truck", "inheritance/Vehicle",
      "misc/Account", "misc/AccountDetails", "misc/Entry", "misc/Premium", "misc/Role", "misc/Shipment",
      "relations/Author", "relations/Award", "relations/Book", "relations/Profile", "relations/Review",
      "relations/Tag");

  /** Hibernate's message for a table it looked up folded to lower case, e.g. {@code missing table [Account]}. */
  private static final Pattern MIXED_CASE_TABLE_MISSING =
      Pattern.compile("Schema validation: missing table \\[[A-Za-z_]*[A-Z][A-Za-z_]*\\]");

  /** Shared by every test of the class: the cached builds' class directories must outlive the test that made them. */
  @TempDir
  static Path dir;

  /** The clean build of the fixture project, per naming mode; compiled once, used by both databases. */
  private final Map<String, URLClassLoader> builds = new HashMap<>();

  @AfterAll
  void closeLoaders() throws IOException {
    for (URLClassLoader loader : builds.values()) {
      loader.close();
    }
  }

  @ParameterizedTest(name = "{0}, naming {1}")
  @CsvSource({"SQLITE, jpa", "SQLITE, snake", "POSTGRESQL, snake"})
  void hibernateValidatesTheMigratedDatabase(TestDatabase.Kind kind, String naming) throws Exception {
    try (TestDatabase db = TestDatabases.create(kind)) {
      ClassLoader loader = upgraded(db, naming);
      HibernateCheck.validate(db, loader, naming, mappedClasses(),
          () -> "Hibernate validates the fixtures on " + kind + " with naming " + naming);
    }
  }

  /**
   * The documented limit of {@code jpa} naming on PostgreSQL (processor README, known limits): Hibernate writes
   * identifiers unquoted and looks them up folded to lower case, as PostgreSQL folds them; Retort creates the
   * names as written. With mixed-case names ({@code Account}) validation cannot find the table.
   */
  @Test
  void postgresFoldsTheMixedCaseNamesOfJpaNaming() throws Exception {
    try (TestDatabase db = TestDatabases.create(TestDatabase.Kind.POSTGRESQL)) {
      ClassLoader loader = upgraded(db, "jpa");
      AssertionError e = assertThrows(AssertionError.class,
          () -> HibernateCheck.validate(db, loader, "jpa", mappedClasses(), () -> "jpa naming on PostgreSQL"));
      assertTrue(MIXED_CASE_TABLE_MISSING.matcher(e.getMessage()).find(), e.getMessage());
    }
  }

  /** Upgrades {@code db} to head with the fixture project's revisions; Retort's own check then sees no drift. */
  private ClassLoader upgraded(TestDatabase db, String naming) throws IOException {
    URLClassLoader loader = build(naming);
    Retort retort = Retort.configure().dataSource(db.dataSource()).discover(false)
        .revisions(Revisions.catalog(loader)).load();
    retort.upgrade("head");
    CheckResult check = retort.check();
    assertEquals(List.of(), check.differences(), "Retort's check() after the upgrade");
    return loader;
  }

  /** Compiles the fixture project: the first build writes the revision and stops for review, the second is clean. */
  private URLClassLoader build(String naming) throws IOException {
    URLClassLoader built = builds.get(naming);
    if (built != null) {
      return built;
    }
    ProjectCompiler project = new ProjectCompiler(dir.resolve(naming), naming);
    Map<String, List<String>> byPackage = new LinkedHashMap<>();
    for (String f : FIXTURES) {
      byPackage.computeIfAbsent(f.substring(0, f.indexOf('/')), k -> new ArrayList<>()).add(f);
    }
    for (Map.Entry<String, List<String>> p : byPackage.entrySet()) {
      Map<String, String> files = new LinkedHashMap<>();
      for (String f : p.getValue()) {
        files.put(f + ".java", fixture(f));
      }
      project.writeModel(p.getKey(), files);
    }
    ProjectCompiler.Result generate = project.compile("generate", "2026-11-23T10:00");
    assertFalse(generate.success(), "the first build writes a revision and stops");
    assertEquals(1, project.revisionFiles().size(), () -> "one revision written; errors " + generate.errors());
    assertTrue(generate.errors().stream().allMatch(e -> e.contains("[retort:review]")),
        () -> "only the review error: " + generate.errors());
    ProjectCompiler.Result clean = project.compile("generate", "2026-11-23T10:00");
    assertTrue(clean.success(), () -> "the second build is clean: " + clean.errors());
    assertEquals(List.of(), clean.warnings().stream().filter(w -> w.contains("/gen/revisions/")).toList(),
        "the generated revision compiles without warnings");
    URLClassLoader loader = clean.loader();
    builds.put(naming, loader);
    return loader;
  }

  /** The fixture classes Hibernate reads: entities, mapped superclasses and embeddables. */
  private static List<String> mappedClasses() {
    List<String> out = new ArrayList<>();
    for (String f : FIXTURES) {
      String source = fixture(f);
      if (source.contains("@Entity") || source.contains("@Embeddable") || source.contains("@MappedSuperclass")) {
        out.add(f.replace('/', '.'));
      }
    }
    return out;
  }

  private static String fixture(String name) {
    String resource = "/entities/good/" + name + ".java";
    try (InputStream in = HibernateValidationTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("missing fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
