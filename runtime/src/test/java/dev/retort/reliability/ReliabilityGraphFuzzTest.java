package dev.retort.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RetortException;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.RevisionGraph;
import dev.retort.runtime.dialect.Dialects;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Random revision graphs (cycles, self-parents, missing parents, duplicate, blank and odd ids) and random targets
 * through {@link RevisionGraph}, the builder and the offline planner: every failure is a {@link RetortException}
 * with a message, never another exception. Seeded and bounded: {@code -Dretort.fuzz.seed=N} replays a run,
 * {@code -Dretort.fuzz.iterations=N} changes its length; a failure prints the seed, the iteration and the graph.
 */
class ReliabilityGraphFuzzTest {
  static final long SEED = Long.getLong("retort.fuzz.seed", 20261123L);
  static final int ITERATIONS = Integer.getInteger("retort.fuzz.iterations", 3000);
  static final List<String> IDS = List.of("a", "b", "c", "ab", "abc", "", " ", "a b", "é", "0001", "0002", "+1",
      "-1", "head", "heads", "base", "x+2", "a-1", "名");

  @Test
  void randomGraphsAndTargetsFailOnlyWithRetortExceptions() {
    Random random = new Random(SEED);
    int valid = 0;
    int refused = 0;
    System.out.println("[reliability] graph fuzz seed " + SEED + ", " + ITERATIONS + " iterations");
    for (int i = 0; i < ITERATIONS; i++) {
      List<RevisionDescriptor> revisions = randomGraph(random);
      String context = "seed " + SEED + ", iteration " + i + ", graph " + describe(revisions);
      RevisionGraph graph;
      try {
        graph = RevisionGraph.of(revisions);
        valid++;
      } catch (RetortException e) {
        refused++;
        requireMessage(e, context);
        continue;
      } catch (RuntimeException e) {
        throw failure(context, "RevisionGraph.of", e);
      }
      Retort retort;
      try {
        retort = Retort.configure().discover(false).dialect(Dialects.named("sqlite"))
            .revisions(Fixture.catalog(revisions)).load();
      } catch (RuntimeException e) {
        throw failure(context, "load", e);
      }
      for (int t = 0; t < 8; t++) {
        String target = randomTarget(random);
        String from = randomTarget(random);
        Set<String> current = new TreeSet<>();
        for (RevisionDescriptor r : revisions) {
          if (random.nextInt(3) == 0) {
            current.add(r.id());
          }
        }
        if (random.nextInt(10) == 0) {
          current.add("unknown");
        }
        attempt(context, "resolve " + target + " from " + current, () -> graph.resolve(target, current));
        attempt(context, "resolveId " + target, () -> graph.resolveId(target));
        attempt(context, "show " + target, () -> retort.show(target));
        attempt(context, "sql " + from + " -> " + target, () -> retort.sql(from, target));
      }
      attempt(context, "heads", retort::heads);
    }
    System.out.printf("[reliability] %d valid graphs, %d refused%n", valid, refused);
  }

  private static void attempt(String context, String what, Runnable action) {
    try {
      action.run();
    } catch (RetortException e) {
      requireMessage(e, context + ", " + what);
    } catch (RuntimeException e) {
      throw failure(context, what, e);
    }
  }

  private static void requireMessage(RetortException e, String context) {
    if (e.getMessage() == null || e.getMessage().isBlank() || e.code() == null) {
      fail(context + ": a RetortException without a message or code", e);
    }
  }

  private static AssertionError failure(String context, String what, RuntimeException e) {
    return new AssertionError(context + ": " + what + " threw " + e.getClass().getName() + " (not a"
        + " RetortException): " + e.getMessage(), e);
  }

  private static List<RevisionDescriptor> randomGraph(Random random) {
    int n = random.nextInt(9);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(random.nextInt(4) == 0 ? IDS.get(random.nextInt(IDS.size())) : "r" + i);
    }
    List<RevisionDescriptor> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> parents = new ArrayList<>();
      int count = i == 0 ? random.nextInt(5) == 0 ? 1 : 0 : 1 + (random.nextInt(6) == 0 ? random.nextInt(3) : 0);
      for (int p = 0; p < count; p++) {
        int kind = random.nextInt(10);
        parents.add(kind == 0 ? IDS.get(random.nextInt(IDS.size()))
            : kind == 1 && !ids.isEmpty() ? ids.get(random.nextInt(ids.size()))
            : i > 0 ? ids.get(random.nextInt(i)) : "r0");
      }
      String id = ids.get(i);
      out.add(new RevisionDescriptor(id, parents, random.nextBoolean() ? "" : "message " + i, () -> new Migration() {
        @Override
        public void upgrade(Ops ops) {
          ops.execute("SELECT '" + id.replace("'", "''") + "'");
        }

        @Override
        public void downgrade(Ops ops) {}
      }));
    }
    return out;
  }

  private static String randomTarget(Random random) {
    return switch (random.nextInt(9)) {
      case 0 -> "head";
      case 1 -> "heads";
      case 2 -> "base";
      case 3 -> (random.nextBoolean() ? "+" : "-") + random.nextInt(5);
      case 4 -> "r" + random.nextInt(9) + (random.nextBoolean() ? "+" : "-") + random.nextInt(4);
      case 5 -> "r" + (random.nextBoolean() ? "" : random.nextInt(9));
      case 6 -> List.of("", " ", "+", "-", "+-1", "99999999999", "+99999999999", "head+99999999999", "r",
          "r1-", "héad", "\u0000").get(random.nextInt(12));
      default -> IDS.get(random.nextInt(IDS.size()));
    };
  }

  private static String describe(List<RevisionDescriptor> revisions) {
    List<String> out = new ArrayList<>();
    for (RevisionDescriptor r : revisions) {
      out.add("'" + r.id() + "'<-" + r.parents());
    }
    return out.toString();
  }
}
