package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs the benchmarks and writes the results file.
 *
 * <pre>
 * mvn -B -q -Pbench -pl bench -am -DskipTests package exec:exec                      (all)
 * mvn -B -q -Pbench -pl bench -am -DskipTests package exec:exec -Dbench.args=boot    (boot, apply, apply-sqlite,
 *     apply-postgres, rebuild, processor)
 * </pre>
 */
public final class Benchmarks {
  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    Path out = Paths.get("RESULTS.md");
    List<String> which = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--out")) {
        out = Paths.get(args[++i]);
      } else {
        which.addAll(Arrays.asList(args[i].split(",")));
      }
    }
    boolean all = which.isEmpty() || which.contains("all");
    Path work = Files.createTempDirectory("retort-bench");
    List<Sampler.Comparison> results = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    // The results file is rewritten after each benchmark, so a failure late in a long run loses nothing before it.
    if (all || which.contains("boot")) {
      for (BenchDatabase.Kind kind : BenchDatabase.Kind.values()) {
        results.add(new BootBenchmark(kind, work).run());
        write(out, results, notes);
      }
    }
    for (BenchDatabase.Kind kind : BenchDatabase.Kind.values()) {
      if (all || which.contains("apply") || which.contains("apply-" + kind.name().toLowerCase(Locale.ROOT))) {
        results.add(new ApplyBenchmark(kind, work).run());
        write(out, results, notes);
      }
    }
    if (all || which.contains("rebuild")) {
      results.add(new RebuildBenchmark(work).run());
      write(out, results, notes);
    }
    if (all || which.contains("processor")) {
      ProcessorBenchmark processor = new ProcessorBenchmark(work);
      results.addAll(processor.run());
      notes.addAll(processor.notes());
      write(out, results, notes);
    }
    System.out.println(report(results, notes));
    System.out.println("wrote " + out);
    deleteRecursively(work);
  }

  /** The benchmarks' databases, models and class files (hundreds of megabytes) go when the run ends. */
  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void write(Path out, List<Sampler.Comparison> results, List<String> notes)
      throws SQLException, IOException {
    Files.writeString(out, report(results, notes));
  }

  private static String report(List<Sampler.Comparison> results, List<String> notes) throws SQLException, IOException {
    StringBuilder s = new StringBuilder();
    s.append("# Retort benchmark results\n\n");
    s.append("Written by `mvn -B -q -Pbench -pl bench -am -DskipTests package exec:exec` on ")
        .append(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)).append(".\n")
        .append("Each row times Retort and its floor alternately in the same run; times are medians with the")
        .append(" 10th to 90th percentile, ratio = Retort median / floor median (rows with paired runs: the median")
        .append(" of each round's own ratio, both sides timed in the same round). Garbage is collected before each")
        .append(" timed run of the long benchmarks (not boot). Retort logs at WARNING (`bench/logging.properties`), as an application would route its")
        .append(" per-revision INFO lines. Where the time goes: `bench/PROFILE.md`.\n\n");
    s.append("| benchmark | runs | Retort median | Retort p10-p90 | floor median | floor p10-p90 | ratio | target |\n");
    s.append("|---|---|---|---|---|---|---|---|\n");
    for (Sampler.Comparison c : results) {
      s.append("| ").append(c.name())
          .append(" | ").append(c.retort().nanos().size()).append(c.paired() ? " paired" : "")
          .append(" | ").append(ms(c.retort().median()))
          .append(" | ").append(ms(c.retort().percentile(10))).append(" - ").append(ms(c.retort().percentile(90)))
          .append(" | ").append(ms(c.floor().median()))
          .append(" | ").append(ms(c.floor().percentile(10))).append(" - ").append(ms(c.floor().percentile(90)))
          .append(" | ").append(String.format(Locale.ROOT, "%.3f", c.ratio()))
          .append(" | ").append(c.target() > 0 ? String.format(Locale.ROOT, "<= %.2f %s", c.target(),
              c.ratio() <= c.target() ? "(met)" : "(MISSED)") : "-")
          .append(" |\n");
    }
    if (!notes.isEmpty()) {
      s.append('\n');
      notes.forEach(n -> s.append("- ").append(n).append('\n'));
    }
    s.append("\n## Machine\n\n");
    s.append("- cores: ").append(Runtime.getRuntime().availableProcessors())
        .append(", max heap: ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB\n");
    s.append("- OS: ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
        .append(' ').append(System.getProperty("os.arch")).append('\n');
    s.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append('\n');
    Path cpu = Paths.get("/proc/cpuinfo");
    if (Files.exists(cpu)) {
      Files.readAllLines(cpu).stream().filter(l -> l.startsWith("model name")).findFirst()
          .ifPresent(l -> s.append("- CPU: ").append(l.substring(l.indexOf(':') + 1).strip()).append('\n'));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select sqlite_version()")) {
      rs.next();
      s.append("- SQLite: ").append(rs.getString(1)).append(" (sqlite-jdbc)\n");
    }
    String url = System.getenv().getOrDefault("RETORT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    try (Connection c = DriverManager.getConnection(url, System.getenv().getOrDefault("RETORT_PG_USER", "postgres"),
            System.getenv("RETORT_PG_PASSWORD"));
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select version()")) {
      rs.next();
      s.append("- PostgreSQL: ").append(rs.getString(1)).append('\n');
    }
    return s.toString();
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
  }
}
