package dev.retort.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Does what a user does with the sample: copy the project, change an entity, compile (a revision is written and
 * the compile stops), compile again (clean), boot (the revision is applied), {@code downgrade -1} with the
 * command line (reverted), and the rows written before the change are still there. Compiles with the real javac
 * and the sample's processor options; boots and runs the command line in separate JVMs.
 */
class SampleEndToEndTest {
  private static final Path SAMPLE = Paths.get("").toAbsolutePath();

  @TempDir Path work;

  @Test
  void changeCompileReviewBootDowngradeKeepsRows() throws Exception {
    Path project = work.resolve("todo");
    copy(SAMPLE.resolve("src/main"), project.resolve("src/main"));
    Path db = work.resolve("todo.db");
    String url = "jdbc:sqlite:" + db;

    Compilation clean = compile(project, "clean");
    assertTrue(clean.success, "the committed sample must compile cleanly: " + clean.diagnostics);
    Set<Path> revisionsBefore = revisionFiles(project);

    Run boot = run(clean.classes, url, "dev.retort.sample.app.TodoApp");
    assertEquals(0, boot.exit, boot.output);
    assertTrue(boot.output.contains("alice sees: [Buy groceries, Call the plumber]"), boot.output);
    long todosBefore = count(url, "todos");
    assertEquals(3, todosBefore);

    Path todo = project.resolve("src/main/java/dev/retort/sample/model/Todo.java");
    String source = Files.readString(todo);
    Files.writeString(todo, source.replace("  private Instant deletedAt;\n",
        "  private Instant deletedAt;\n\n  private Integer priority;\n"));

    Compilation generate = compile(project, "generate");
    assertFalse(generate.success, "the compile must stop after writing a revision");
    Set<Path> added = new HashSet<>(revisionFiles(project));
    added.removeAll(revisionsBefore);
    assertEquals(1, added.size(), "exactly one new revision: " + added);
    Path revision = added.iterator().next();
    String revisionSource = Files.readString(revision);
    assertTrue(revisionSource.contains("\"priority\""), revisionSource);
    assertTrue(generate.diagnostics.stream().anyMatch(d -> d.contains(revision.getFileName().toString())
        && d.contains("review")), "the stop names the written file: " + generate.diagnostics);

    Compilation again = compile(project, "again");
    assertTrue(again.success, "the second compile is clean: " + again.diagnostics);
    assertEquals(Set.copyOf(revisionFiles(project)), union(revisionsBefore, added), "no further revision");

    Run upgraded = run(again.classes, url, "dev.retort.sample.app.TodoApp");
    assertEquals(0, upgraded.exit, upgraded.output);
    assertTrue(columns(url, "todos").contains("priority"), "the new column exists after boot");

    Run downgrade = run(again.classes, url, "dev.retort.cli.Main", "--url", url, "downgrade", "-1");
    assertEquals(0, downgrade.exit, downgrade.output);
    assertFalse(columns(url, "todos").contains("priority"), "downgrade -1 removed the column");
    assertEquals(6, count(url, "todos"), "rows of both boots survive the upgrade and the downgrade");
    assertTrue(titles(url).contains("Buy groceries"));
  }

  private static Set<Path> union(Set<Path> a, Set<Path> b) {
    Set<Path> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private record Compilation(boolean success, List<String> diagnostics, Path classes) {}

  private record Run(int exit, String output) {}

  private Compilation compile(Path project, String name) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path classes = work.resolve("classes-" + name);
    Files.createDirectories(classes);
    List<Path> sources;
    try (Stream<Path> s = Files.walk(project.resolve("src/main/java"))) {
      sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    List<String> options = List.of(
        "-d", classes.toString(),
        "-classpath", dependencyClasspath(),
        "-processor", "dev.retort.processor.RetortProcessor",
        "-Aretort.snapshot=" + project.resolve("src/main/retort/snapshot.json"),
        "-Aretort.revisions.dir=" + project.resolve("src/main/java"),
        "-Aretort.revisions.package=dev.retort.sample.revisions",
        "-Aretort.naming=snake",
        "-Aretort.mode=generate");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      ok = javac.getTask(new StringWriter(), files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
    }
    List<String> messages = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
        .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
        .toList();
    return new Compilation(ok, messages, classes);
  }

  /** The test classpath without this module's own classes: what the sample depends on. */
  private static String dependencyClasspath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> !Paths.get(p).toAbsolutePath().startsWith(SAMPLE.resolve("target")))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private Run run(Path classes, String url, String mainClass, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classes + File.pathSeparator + dependencyClasspath(),
        mainClass));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
    pb.environment().put("DATABASE_URL", url);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "process finished");
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static Set<Path> revisionFiles(Path project) throws IOException {
    Path dir = project.resolve("src/main/java/dev/retort/sample/revisions");
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("V")).collect(Collectors.toSet());
    }
  }

  private static long count(String url, String table) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Set<String> columns(String url, String table) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (rs.next()) {
        names.add(rs.getString("name"));
      }
    }
    return names;
  }

  private static List<String> titles(String url) throws SQLException {
    List<String> titles = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT title FROM todos ORDER BY id")) {
      while (rs.next()) {
        titles.add(rs.getString(1));
      }
    }
    return titles;
  }
}
