package dev.retort.bench;

import com.sun.source.util.JavacTask;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The processor's cost: javac on a generated model of 500 entities of 10 fields each (plus its revision), with the
 * processor and an up-to-date snapshot (a second compile with no model change), against the same compile without
 * annotation processing. A processor that does nothing runs the same way: javac's processing rounds cost that much
 * with any processor, so the difference is what Retort's own work adds.
 *
 * <p>The target rows are clean compiles, each by the {@code javac} command in a JVM of its own, as a build runs
 * one, with the processor path a build gives (the processor's jars, not the class path). They run in rounds (one
 * compile of each kind), and their ratio is the median of the rounds' own ratios: on a shared machine a compile's
 * time drifts by more than the difference measured. The rows in one JVM repeat the compile in-process: javac's
 * code is then compiled by the JIT from the earlier compiles while the processor, loaded by a new class loader
 * each time, runs cold; they show where the time goes (javac's task events) rather than what a build sees.
 */
final class ProcessorBenchmark {
  private static final int ENTITIES = 500;
  private static final int RUNS = 11;
  private static final int COLD_WARMUPS = 1;
  private static final int COLD_RUNS = 15;
  private static final String RETORT_PROCESSOR = "dev.retort.processor.RetortProcessor";

  private final Path root;
  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final List<String> notes = new ArrayList<>();
  private int output;
  private final List<String> lastErrors = new ArrayList<>();
  /** Each compile's phases, by processor; the timed ones are the last {@code RUNS} of each. */
  private final Map<Processor, List<JavacPhases>> phases = new EnumMap<>(Processor.class);

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
    List<Sampler.Comparison> out = new ArrayList<>(cold());
    out.add(Sampler.compare("javac in one JVM, the same model (javac warmed up by earlier compiles, the processor"
        + " loaded anew each time, as in an IDE or a build daemon), with the processor vs without", 5, RUNS,
        Double.NaN, true, () -> check(compile(Processor.RETORT)), () -> check(compile(Processor.NONE))));
    out.add(Sampler.compare("javac in one JVM, with a processor that does nothing vs without", 5, RUNS, Double.NaN,
        true, () -> check(compile(Processor.NOOP)), () -> check(compile(Processor.NONE))));
    for (int row : new int[] {0, 2}) {
      double retort = out.get(row).ratio();
      double noop = out.get(row + 1).ratio();
      notes.add(String.format(Locale.ROOT, "processor, %s (the table's ratios): javac's processing rounds alone (a"
          + " processor that does nothing) add %.0f%% to the compile; Retort's own work (the entity scan, the"
          + " snapshot, the diff and the index resource) adds %.0f%% more",
          row == 0 ? "javac in a JVM of its own" : "javac in one JVM", 100 * (noop - 1), 100 * (retort - noop)));
    }
    notes.add(phasesNote((out.get(2).floor().median() + out.get(3).floor().median()) / 2.0));
    return out;
  }

  /**
   * Clean compiles, each by the {@code javac} command in a fresh JVM: without processing, with a processor that does
   * nothing and with Retort, in a rotating order, so that drift on the machine affects the three alike.
   */
  private List<Sampler.Comparison> cold() throws Exception {
    Map<Processor, List<Long>> times = new EnumMap<>(Processor.class);
    Processor[] order = Processor.values();
    for (int i = 0; i < COLD_WARMUPS + COLD_RUNS; i++) {
      for (int k = 0; k < order.length; k++) {
        Processor processor = order[(i + k) % order.length];
        long took = coldCompile(processor);
        if (i >= COLD_WARMUPS) {
          times.computeIfAbsent(processor, p -> new ArrayList<>()).add(took);
        }
      }
    }
    Sampler.Samples none = sorted(times.get(Processor.NONE));
    List<Double> retortRatios = roundRatios(times.get(Processor.RETORT), times.get(Processor.NONE));
    List<Double> noopRatios = roundRatios(times.get(Processor.NOOP), times.get(Processor.NONE));
    List<Double> ownRatios = roundRatios(times.get(Processor.RETORT), times.get(Processor.NOOP));
    notes.add(String.format(Locale.ROOT, "processor, clean compiles in %d rounds (each round: without processing,"
        + " with a processor that does nothing, with Retort, in a rotating order): each round's ratio ranged"
        + " %.2f-%.2f (p10-p90) with Retort and %.2f-%.2f with the processor that does nothing; Retort over the"
        + " processor that does nothing, round by round: median %.3f", COLD_RUNS, percentile(retortRatios, 10),
        percentile(retortRatios, 90), percentile(noopRatios, 10), percentile(noopRatios, 90),
        percentile(ownRatios, 50)));
    return List.of(
        new Sampler.Comparison("javac, 500 entities x 10 fields (a clean compile: the javac command in a JVM of its"
            + " own), with the processor (snapshot up to date) vs without", sorted(times.get(Processor.RETORT)), none,
            1.15, retortRatios),
        new Sampler.Comparison("javac, the same clean compile, with a processor that does nothing vs without"
            + " (javac's floor for any processor; no target)", sorted(times.get(Processor.NOOP)), none,
            Double.NaN, noopRatios));
  }

  /** Each round's time over its floor's (the lists are in round order). */
  private static List<Double> roundRatios(List<Long> measured, List<Long> floor) {
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < measured.size(); i++) {
      out.add((double) measured.get(i) / floor.get(i));
    }
    return out;
  }

  private static double percentile(List<Double> values, int p) {
    return Sampler.percentile(values.stream().sorted().toList(), p);
  }

  private static Sampler.Samples sorted(List<Long> nanos) {
    return new Sampler.Samples(nanos.stream().sorted().toList());
  }

  /**
   * javac's own account of the timed compiles (medians): how often and how long it entered the 500 classes, and
   * how long Retort's processing rounds ran, as shares of the compile without processing.
   */
  private String phasesNote(double none) {
    List<JavacPhases> without = timed(Processor.NONE);
    List<JavacPhases> noop = timed(Processor.NOOP);
    List<JavacPhases> retort = timed(Processor.RETORT);
    double enterWithout = sorted(without.stream().map(p -> sum(p.enterPasses())).toList()).median();
    double enterWith = sorted(retort.stream().map(p -> sum(p.enterPasses())).toList()).median();
    double rounds = sorted(retort.stream().map(p -> sum(p.rounds())).toList()).median();
    return String.format(Locale.ROOT, "javac's task events (medians of the compiles in one JVM): without processing it"
        + " enters the model's classes %d time(s) (%.0f ms); with any processor %d times (a processor that does"
        + " nothing: %d; with Retort %.0f ms in all, %.0f%% of the compile without processing); Retort's"
        + " processing rounds themselves take %.0f ms (%.0f%%)", without.get(0).enterPasses().size(),
        enterWithout / 1e6, retort.get(0).enterPasses().size(), noop.get(0).enterPasses().size(), enterWith / 1e6,
        100 * (enterWith - enterWithout) / none, rounds / 1e6, 100 * rounds / none);
  }

  private List<JavacPhases> timed(Processor processor) {
    List<JavacPhases> all = phases.get(processor);
    return all.subList(Math.max(0, all.size() - RUNS), all.size());
  }

  private static long sum(List<Long> nanos) {
    return nanos.stream().mapToLong(Long::longValue).sum();
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

  private List<String> options(Processor processor, Path out) {
    List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-classpath",
        System.getProperty("java.class.path"), "-nowarn"));
    if (processor == Processor.NOOP) {
      options.addAll(List.of("-processorpath", processorPath(NoopProcessor.class.getName()), "-processor",
          NoopProcessor.class.getName()));
    } else if (processor == Processor.RETORT) {
      options.addAll(List.of("-processorpath", processorPath(RETORT_PROCESSOR, "dev.retort.ops.Op",
          "dev.retort.annotations.Revision", "com.palantir.javapoet.JavaFile", "com.google.gson.Gson",
          "jakarta.persistence.Entity"), "-processor", RETORT_PROCESSOR,
          "-Aretort.snapshot=" + root.resolve("snapshot.json"),
          "-Aretort.revisions.dir=" + root.resolve("src"),
          "-Aretort.revisions.package=bench.revisions",
          "-Aretort.now=2026-11-23T12:00"));
    } else {
      options.add("-proc:none");
    }
    return options;
  }

  /**
   * The processor path a build gives javac (Maven's {@code annotationProcessorPaths}): the jars (or directory) of
   * the processor and what it needs, not the whole class path.
   */
  private static String processorPath(String... classes) {
    List<String> path = new ArrayList<>();
    for (String name : classes) {
      try {
        String entry = Path.of(Class.forName(name).getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
        if (!path.contains(entry)) {
          path.add(entry);
        }
      } catch (ClassNotFoundException | URISyntaxException e) {
        throw new IllegalStateException("the benchmark's class path lacks " + name, e);
      }
    }
    return String.join(File.pathSeparator, path);
  }

  private List<Path> sources() throws IOException {
    try (Stream<Path> s = Files.walk(root.resolve("src"))) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /**
   * One compile by the JDK's {@code javac} command in a JVM of its own, as a build's clean compile runs it: the
   * compiler's code is as cold as the processor's. Returns the wall time in nanoseconds.
   */
  private long coldCompile(Processor processor) throws IOException, InterruptedException {
    Path out = root.resolve("classes-" + (++output));
    Files.createDirectories(out);
    Path arguments = root.resolve("javac-" + processor.name().toLowerCase(Locale.ROOT) + ".args");
    List<String> lines = new ArrayList<>();
    for (String option : options(processor, out)) {
      lines.add(quoted(option));
    }
    for (Path source : sources()) {
      lines.add(quoted(source.toString()));
    }
    Files.write(arguments, lines);
    Path log = root.resolve("javac.log");
    ProcessBuilder javacCommand = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac")
        .toString(), "@" + arguments).redirectErrorStream(true).redirectOutput(log.toFile());
    long start = System.nanoTime();
    int exit = javacCommand.start().waitFor();
    long took = System.nanoTime() - start;
    if (exit != 0) {
      throw new IllegalStateException("javac (" + processor + ") exited with " + exit + ": " + Files.readString(log));
    }
    return took;
  }

  /** An argument file's form of one argument: quoted, with backslashes and quotes escaped. */
  private static String quoted(String argument) {
    return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private boolean compile(Processor processor) throws IOException {
    Path out = root.resolve("classes-" + (++output));
    Files.createDirectories(out);
    List<Path> files = sources();
    List<String> options = options(processor, out);
    lastErrors.clear();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      JavacTask task = (JavacTask) javac.getTask(new StringWriter(), fm, d -> {
        if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) {
          lastErrors.add(d.getMessage(Locale.ROOT));
        }
      }, options, null, fm.getJavaFileObjectsFromPaths(files));
      JavacPhases phases = new JavacPhases();
      task.addTaskListener(phases);
      boolean ok = task.call();
      this.phases.computeIfAbsent(processor, p -> new ArrayList<>()).add(phases);
      return ok;
    }
  }
}
