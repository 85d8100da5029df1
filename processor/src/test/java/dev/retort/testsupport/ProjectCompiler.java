package dev.retort.testsupport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A user's project on disk (entity sources, generated revisions, the snapshot) compiled by the real javac with
 * the Retort processor and the options a user's build passes, as {@code mvn compile} would.
 */
public final class ProjectCompiler {
  /** The package of the project's revisions and of its generated {@code RetortRevisionIndex}. */
  public static final String REVISIONS_PACKAGE = "gen.revisions";

  private final Path root;
  private final String naming;
  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private int builds;

  /** What one compile gave: success, error and warning texts ({@code file:line: message}), the class directory. */
  public record Result(boolean success, List<String> errors, List<String> warnings, Path classes) {
    /** A class loader over the compiled classes, delegating to the test's own (the processor and runtime). */
    public URLClassLoader loader() {
      try {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ProjectCompiler.class.getClassLoader());
      } catch (MalformedURLException e) {
        throw new IllegalStateException("not a class directory: " + classes, e);
      }
    }
  }

  /** A project rooted at {@code root}, compiled with {@code -Aretort.naming=naming}. */
  public ProjectCompiler(Path root, String naming) {
    this.root = root;
    this.naming = naming;
  }

  public Path sources() {
    return root.resolve("src");
  }

  public Path snapshot() {
    return root.resolve("snapshot.json");
  }

  public Path revisionsDir() {
    return sources().resolve(REVISIONS_PACKAGE.replace('.', '/'));
  }

  /**
   * Replaces the sources of package {@code modelPackage} with {@code files} (relative paths under the source
   * root).
   */
  public void writeModel(String modelPackage, Map<String, String> files) {
    try {
      Path model = sources().resolve(modelPackage.replace('.', '/'));
      if (Files.exists(model)) {
        try (Stream<Path> old = Files.list(model)) {
          for (Path p : old.toList()) {
            Files.delete(p);
          }
        }
      }
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path p = sources().resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Revision sources currently in the project, sorted by file name. */
  public List<Path> revisionFiles() {
    if (!Files.exists(revisionsDir())) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(revisionsDir())) {
      return s.filter(p -> p.getFileName().toString().startsWith("V")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles every source in the project into a fresh class directory. */
  public Result compile(String mode, String now) {
    try {
      Path out = root.resolve("classes-" + (++builds));
      Files.createDirectories(out);
      List<Path> files;
      try (Stream<Path> s = Files.walk(sources())) {
        files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      List<String> options = List.of(
          "-d", out.toString(),
          "-classpath", System.getProperty("java.class.path"),
          "-processor", "dev.retort.processor.RetortProcessor",
          "-Xlint:all", "-Xlint:-processing",
          "-Aretort.snapshot=" + snapshot(),
          "-Aretort.revisions.dir=" + sources(),
          "-Aretort.revisions.package=" + REVISIONS_PACKAGE,
          "-Aretort.naming=" + naming,
          "-Aretort.mode=" + mode,
          "-Aretort.now=" + now);
      StringWriter log = new StringWriter();
      boolean ok;
      try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
        ok = javac.getTask(log, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
      }
      List<String> errors = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        String text = (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
            + d.getMessage(Locale.ROOT);
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(text);
        } else if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
          warnings.add(text);
        }
      }
      return new Result(ok, errors, warnings, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
