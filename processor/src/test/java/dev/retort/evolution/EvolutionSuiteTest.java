package dev.retort.evolution;

import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Randomized evolutions of random entity models, run through the real processor and checked on real
 * databases: migrate equals create, down undoes up, data survives, Hibernate agrees, offline equals online
 * (see {@link EvolutionRun}).
 *
 * <p>Seeded and bounded: evolution {@code i} uses seed {@code base + i}, where {@code base} is
 * {@code -Dretort.evolution.seed} (default {@value #DEFAULT_SEED}); counts come from
 * {@code -Dretort.evolution.sqlite} and {@code -Dretort.evolution.postgres}, run on
 * {@code -Dretort.evolution.threads} threads (default 2; each evolution has its own project and databases). A
 * failure is shrunk to a smaller evolution that still fails, and the message gives its seed and the command that
 * reruns it alone.
 */
class EvolutionSuiteTest {
  static final long DEFAULT_SEED = 20261123L;

  @Test
  void sqliteEvolutions() {
    runMany(TestDatabase.Kind.SQLITE, Integer.getInteger("retort.evolution.sqlite", 200));
  }

  @Test
  void postgresEvolutions() {
    runMany(TestDatabase.Kind.POSTGRESQL, Integer.getInteger("retort.evolution.postgres", 50));
  }

  private static void runMany(TestDatabase.Kind kind, int count) {
    long base = Long.getLong("retort.evolution.seed", DEFAULT_SEED);
    int threads = Integer.getInteger("retort.evolution.threads", 2);
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<AssertionError>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        List<Integer> choices = choicesFor(base + i);
        outcomes.add(pool.submit(() -> attempt(kind, choices)));
      }
      for (int i = 0; i < count; i++) {
        AssertionError failure = outcomes.get(i).get();
        if (failure != null) {
          pool.shutdownNow();
          report(kind, base + i, i, count, failure);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (ExecutionException e) {
      throw new AssertionError("evolution runner failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    System.out.printf("%d evolutions on %s from seed %d passed in %.1f s (%d threads)%n", count, kind, base,
        (System.nanoTime() - start) / 1e9, threads);
  }

  /** Shrinks the failing evolution (single-threaded) and fails with its seed and the command that reruns it. */
  private static void report(TestDatabase.Kind kind, long seed, int index, int count, AssertionError failure) {
    List<Integer> choices = choicesFor(seed);
    List<Integer> minimal = shrink(kind, choices, failure);
    AssertionError last = attempt(kind, minimal);
    fail("evolution with seed " + seed + " failed on " + kind + " (evolution " + index + " of " + count + ")."
        + "\nRerun it alone: mvn -B -pl processor -am verify -Dtest=EvolutionSuiteTest"
        + " -Dsurefire.failIfNoSpecifiedTests=false -Dretort.evolution.seed=" + seed
        + " -Dretort.evolution.sqlite=1 -Dretort.evolution.postgres=1"
        + "\nShrunk from " + choices.size() + " to " + minimal.size() + " choices " + minimal + ":\n"
        + (last == null ? failure.getMessage() : last.getMessage()), last == null ? failure : last);
  }

  static List<Integer> choicesFor(long seed) {
    Random random = new Random(seed);
    int size = 20 + random.nextInt(100);
    List<Integer> choices = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      choices.add(random.nextInt(10_000));
    }
    return choices;
  }

  private static AssertionError attempt(TestDatabase.Kind kind, List<Integer> choices) {
    try {
      new EvolutionRun(kind, choices).run();
      return null;
    } catch (AssertionError e) {
      return e;
    } catch (Exception e) {
      AssertionError error = new AssertionError("unexpected exception: " + e, e);
      return error;
    }
  }

  /**
   * Removes blocks of choices and lowers values while the evolution still fails, within a budget of reruns (each
   * rerun compiles several times).
   */
  private static List<Integer> shrink(TestDatabase.Kind kind, List<Integer> choices, AssertionError failure) {
    List<Integer> best = choices;
    int budget = 30;
    for (int block = Math.max(1, best.size() / 2); block >= 1 && budget > 0; block /= 2) {
      for (int start = 0; start + block <= best.size() && budget > 0; ) {
        List<Integer> candidate = new ArrayList<>(best.subList(0, start));
        candidate.addAll(best.subList(start + block, best.size()));
        budget--;
        if (attempt(kind, candidate) != null) {
          best = candidate;
        } else {
          start += block;
        }
      }
    }
    for (int i = 0; i < best.size() && budget > 0; i++) {
      if (best.get(i) != 0) {
        List<Integer> candidate = new ArrayList<>(best);
        candidate.set(i, 0);
        budget--;
        if (attempt(kind, candidate) != null) {
          best = candidate;
        }
      }
    }
    return best;
  }
}
