package dev.retort.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The processor's cost: javac on a generated model of 500 entities of 10 fields each (plus its revision), with the
 * processor and an up-to-date snapshot (a second compile with no model change), against the same compile without
 * annotation processing. A second row runs a processor that does nothing the same way: javac's processing rounds
 * cost that much with any processor, so the difference between the rows is what Retort's own work adds.
 */
final class ProcessorBenchmark {
  private static final int ENTITIES = 500;

  private final Path root;
  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final List<String> notes = new ArrayList<>();
  private int output;
  private final List<String> lastErrors = new ArrayList<>();

  ProcessorBenchmark(Path work) {
    this.root = work.resolve("processor");
  }

  List<String> notes() {
    return notes;
  }

  List<Sampler.Comparison> run() throws Exception {
    writeModel();
    long first = System.nanoTime();
    boolean generated = compile(Processor.RETORT);
    notes.add(String.format(Locale.ROOT, "processor, first compile of the 500-entity model (writes the revision"
        + " creating 500 tables and stops for review, as designed; success=%s): %.0f ms", generated,
        (System.nanoTime() - first) / 1e6));
    if (!compile(Processor.RETORT)) {
      throw new IllegalStateException("the second compile of the benchmark model failed: " + lastErrors);
    }
    List<Sampler.Comparison> out = new ArrayList<>();
    out.add(Sampler.compare("javac, 500 entities x 10 fields, with the processor (snapshot up to date) vs without",
        5, 15, 1.15, true, () -> check(compile(Processor.RETORT)), () -> check(compile(Processor.NONE))));
    out.add(Sampler.compare("javac, the same model, with a processor that does nothing vs without (javac's floor"
        + " for any processor; no target)", 5, 15, Double.NaN, true, () -> check(compile(Processor.NOOP)),
        () -> check(compile(Processor.NONE))));
    double retort = out.get(0).retort().median();
    double noop = out.get(1).retort().median();
    double none = (out.get(0).floor().median() + out.get(1).floor().median()) / 2;
    notes.add(String.format(Locale.ROOT, "processor: javac's processing rounds alone (a processor that does nothing)"
        + " add %.0f%% to the compile; Retort's own work (the entity scan, the snapshot, the diff and the index"
        + " resource) adds %.0f%% more", 100 * (noop / none - 1), 100 * (retort - noop) / none));
    return out;
  }

  private void check(boolean ok) {
    if (!ok) {
      throw new IllegalStateException("benchmark compile failed: " + lastErrors);
    }
  }

  private void writeModel() throws IOException {
    Path dir = root.resolve("src/bench/model");
    Files.createDirectories(dir);
    String[] types = {"String", "Integer", "Long", "java.math.BigDecimal", "Boolean", "java.time.LocalDate",
        "java.time.Instant", "Double", "java.util.UUID", "String"};
    for (int e = 0; e < ENTITIES; e++) {
      StringBuilder s = new StringBuilder("package bench.model;\n\nimport jakarta.persistence.*;\n\n@Entity\n")
          .append("@Table(name = \"entity_").append(e).append("\")\npublic class Entity").append(e).append(" {\n")
          .append("  @Id\n  @GeneratedValue(strategy = GenerationType.IDENTITY)\n  private Long id;\n");
      for (int f = 0; f < 9; f++) {
        s.append("\n  @Column(name = \"field_").append(f).append("\"").append(f == 0 ? ", nullable = false" : "")
            .append(")\n  private ").append(types[f]).append(" field").append(f).append(";\n");
      }
      if (e > 0) {
        s.append("\n  @ManyToOne\n  @JoinColumn(name = \"parent_id\")\n  private Entity").append(e - 1)
            .append(" parent;\n");
      } else {
        s.append("\n  private String extra;\n");
      }
      s.append("}\n");
      Files.writeString(dir.resolve("Entity" + e + ".java"), s.toString());
    }
  }

  private enum Processor { RETORT, NOOP, NONE }

  private boolean compile(Processor processor) throws IOException {
    Path out = root.resolve("classes-" + (++output));
    Files.createDirectories(out);
    List<Path> files;
    try (Stream<Path> s = Files.walk(root.resolve("src"))) {
      files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-classpath",
        System.getProperty("java.class.path"), "-nowarn"));
    if (processor == Processor.NOOP) {
      options.addAll(List.of("-processor", NoopProcessor.class.getName()));
    } else if (processor == Processor.RETORT) {
      options.addAll(List.of("-processor", "dev.retort.processor.RetortProcessor",
          "-Aretort.snapshot=" + root.resolve("snapshot.json"),
          "-Aretort.revisions.dir=" + root.resolve("src"),
          "-Aretort.revisions.package=bench.revisions",
          "-Aretort.now=2026-11-23T12:00"));
    } else {
      options.add("-proc:none");
    }
    lastErrors.clear();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      return javac.getTask(new StringWriter(), fm, d -> {
        if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
          lastErrors.add(d.getMessage(Locale.ROOT));
        }
      }, options, null, fm.getJavaFileObjectsFromPaths(files)).call();
    }
  }
}
