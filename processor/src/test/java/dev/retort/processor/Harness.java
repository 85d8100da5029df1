package dev.retort.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Compiles fixture files with the processor into a scratch project and reads back what it wrote. */
final class Harness {
  static final String PACKAGE = "com.example.db";
  static final String NOW = "2026-11-22T15:30";

  final Path root;
  final Path revisionsDir;
  final Path snapshot;
  final Map<String, String> options = new LinkedHashMap<>();

  Harness(Path root) {
    this.root = root;
    this.revisionsDir = root.resolve("src/main/java");
    this.snapshot = root.resolve("src/main/retort/snapshot.json");
    options.put("retort.snapshot", snapshot.toString());
    options.put("retort.revisions.dir", revisionsDir.toString());
    options.put("retort.revisions.package", PACKAGE);
    options.put("retort.now", NOW);
  }

  Harness option(String key, String value) {
    if (value == null) {
      options.remove(key);
    } else {
      options.put(key, value);
    }
    return this;
  }

  /** Copies a fixture snapshot from {@code snapshots/}. */
  Harness snapshotFrom(String resource) {
    try {
      Files.createDirectories(snapshot.getParent());
      Files.writeString(snapshot, resource(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Compilation compile(String... fixtures) {
    return compile(List.of(), fixtures);
  }

  /** Compiles the fixtures (resource paths) plus the revision sources written so far, when {@code withRevisions}. */
  Compilation compile(List<JavaFileObject> extra, String... fixtures) {
    List<JavaFileObject> files = new ArrayList<>(extra);
    for (String f : fixtures) {
      files.add(JavaFileObjects.forResource(f));
    }
    List<String> args = new ArrayList<>();
    options.forEach((k, v) -> args.add("-A" + k + "=" + v));
    args.add("-Xlint:all,-processing");
    return Compiler.javac().withProcessors(new RetortProcessor()).withOptions(args).compile(files);
  }

  /** The revision sources written so far, as compilable file objects. */
  List<JavaFileObject> revisionSources() {
    List<JavaFileObject> out = new ArrayList<>();
    writtenRevisions().forEach((name, text) -> out.add(JavaFileObjects.forSourceString(PACKAGE + "." + name, text)));
    return out;
  }

  /** Class simple name to source text of every revision written under the revisions dir. */
  Map<String, String> writtenRevisions() {
    Map<String, String> out = new TreeMap<>();
    Path dir = revisionsDir.resolve(PACKAGE.replace('.', '/'));
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        String n = p.getFileName().toString();
        out.put(n.substring(0, n.length() - ".java".length()), Files.readString(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  String onlyRevision() {
    Map<String, String> all = writtenRevisions();
    assertEquals(1, all.size(), "revisions written: " + all.keySet());
    return all.values().iterator().next();
  }

  String onlyRevisionName() {
    Map<String, String> all = writtenRevisions();
    assertEquals(1, all.size(), "revisions written: " + all.keySet());
    return all.keySet().iterator().next();
  }

  String snapshotText() {
    try {
      assertTrue(Files.exists(snapshot), "no snapshot at " + snapshot);
      return Files.readString(snapshot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the written revisions (keeps the snapshot), as a user who moved them elsewhere would. */
  void clearRevisions() {
    Path dir = revisionsDir.resolve(PACKAGE.replace('.', '/'));
    writtenRevisions().keySet().forEach(n -> {
      try {
        Files.delete(dir.resolve(n + ".java"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static String resource(String name) {
    try (InputStream in = Harness.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The revision index a compilation wrote ({@link dev.retort.runtime.IndexFile#PATH}). */
  static String indexText(Compilation compilation) {
    try {
      return compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, dev.retort.runtime.IndexFile.PATH)
          .orElseThrow(() -> new AssertionError("the compilation wrote no revision index")).getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads the classes a compilation produced. */
  static ClassLoader classLoader(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject f : compilation.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS) {
        String name = f.toUri().getPath();
        name = name.substring(name.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(), name.length() - 6)
            .replace('/', '.');
        try (InputStream in = f.openInputStream()) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          in.transferTo(out);
          classes.put(name, out.toByteArray());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new ClassLoader(Harness.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = classes.get(name);
        if (b == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, b, 0, b.length);
      }
    };
  }
}
