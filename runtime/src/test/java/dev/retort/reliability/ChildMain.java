package dev.retort.reliability;

import dev.retort.ops.Ops;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RetortException;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.UpgradeResult;
import dev.retort.testing.FaultyDataSource;
import dev.retort.testing.SimpleDataSource;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The migrator in a process of its own, for the tests that race or kill processes. Arguments are
 * {@code key=value}: {@code url}, {@code user}, {@code password}, {@code chain} ({@code canary:N},
 * {@code schema:N} or {@code slow:N:K}, the schema chain with a slow statement in revision K), {@code lockTimeoutMs},
 * {@code start} (a file to wait for, so that every process starts migrating at once), {@code trace=true} (print
 * {@code STMT n sql} before each statement), {@code blockBeforeCommit=N} (hang before the N-th commit),
 * {@code blockAfterCommit=N} (hang before the first statement after the N-th commit), {@code blockAt=text}
 * (hang before the first statement containing the text). A hanging process prints {@code BLOCKED} and waits
 * to be killed.
 *
 * <p>Prints {@code RESULT applied=N} and exits 0 on success; prints {@code ERROR CODE message} and exits with the
 * error code's exit status on a {@link RetortException}. Retort's log goes to standard error at INFO.
 */
public final class ChildMain {
  private ChildMain() {}

  /** The revision chain a {@code chain} argument names. */
  static List<RevisionDescriptor> chain(String spec) {
    String[] p = spec.split(":");
    int n = Integer.parseInt(p[1]);
    return switch (p[0]) {
      case "canary" -> Fixture.canary(n);
      case "schema" -> Fixture.schema(n);
      case "slow" -> slow(n, Integer.parseInt(p[2]));
      default -> throw new IllegalArgumentException("unknown chain " + spec);
    };
  }

  /** The schema chain whose revision {@code k} runs a statement taking a few seconds between two of its own. */
  static List<RevisionDescriptor> slow(int n, int k) {
    return Fixture.chain(n, i -> {
      Consumer<Ops> step = Fixture.schemaStepOf(i);
      if (i != k) {
        return step;
      }
      return ops -> {
        step.accept(ops);
        ops.execute(SLOW_SQL, Map.of("postgresql", "SELECT pg_sleep(4)"));
        ops.execute("UPDATE canary SET rev = rev WHERE rev = 'none'");
      };
    });
  }

  static final String SLOW_SQL =
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000000) SELECT count(*) FROM c";

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      a.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    configureLogging();
    PrintStream out = System.out;
    FaultyDataSource ds = new FaultyDataSource(new SimpleDataSource(a.get("url"), a.get("user"), a.get("password")));
    boolean trace = Boolean.parseBoolean(a.getOrDefault("trace", "false"));
    int blockBeforeCommit = Integer.parseInt(a.getOrDefault("blockBeforeCommit", "0"));
    int blockAfterCommit = Integer.parseInt(a.getOrDefault("blockAfterCommit", "0"));
    String blockAt = a.get("blockAt");
    AtomicInteger commits = new AtomicInteger();
    ds.hook((number, sql) -> {
      if (trace) {
        out.println("STMT " + number + " " + sql.replace('\n', ' '));
        out.flush();
      }
      boolean commit = sql.equals("COMMIT");
      if ((commit && commits.get() + 1 == blockBeforeCommit)
          || (blockAfterCommit > 0 && commits.get() == blockAfterCommit)
          || (blockAt != null && sql.contains(blockAt))) {
        out.println("BLOCKED " + number + " " + sql.replace('\n', ' '));
        out.flush();
        hang();
      }
      if (commit) {
        commits.incrementAndGet();
      }
      return FaultyDataSource.Fault.NONE;
    });
    Retort retort = Retort.configure().dataSource(ds).discover(false)
        .revisions(Fixture.catalog(chain(a.get("chain"))))
        .lockTimeout(Duration.ofMillis(Long.parseLong(a.getOrDefault("lockTimeoutMs", "120000")))).load();
    String start = a.get("start");
    if (start != null) {
      out.println("READY");
      out.flush();
      while (!Files.exists(Path.of(start))) {
        Thread.sleep(5);
      }
    }
    int status;
    try {
      UpgradeResult result = retort.upgrade("head");
      out.println("RESULT applied=" + result.applied().size());
      status = 0;
    } catch (RetortException e) {
      out.println("ERROR " + e.code() + " " + e.getMessage().replace('\n', ' '));
      status = e.code().exitCode();
    }
    out.flush();
    System.exit(status);
  }

  private static void hang() {
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void configureLogging() {
    LogManager.getLogManager().reset();
    System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%n");
    ConsoleHandler handler = new ConsoleHandler();
    handler.setLevel(Level.ALL);
    handler.setFormatter(new SimpleFormatter());
    Logger logger = Logger.getLogger("dev.retort");
    logger.setLevel(Level.INFO);
    logger.addHandler(handler);
  }
}
