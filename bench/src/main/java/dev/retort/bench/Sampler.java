package dev.retort.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times a measured task against its floor, alternating them run by run so that drift on the machine (another
 * process, the JIT, the page cache) affects both alike. Each run may have an untimed setup.
 */
final class Sampler {
  /** Work to time; {@link #prepare()} runs untimed before each timed run. */
  interface Task {
    default void prepare() throws Exception {}

    void run() throws Exception;
  }

  /** Sorted durations of one side, in nanoseconds. */
  record Samples(List<Long> nanos) {
    long median() {
      return percentile(50);
    }

    long percentile(int p) {
      return Sampler.percentile(nanos, p);
    }
  }

  /**
   * One comparison: the measured side, its floor, and the ratio of their medians; or, when the runs were made in
   * rounds that time both sides, the median of the rounds' own ratios (drift between rounds cancels out).
   *
   * @param roundRatios each round's measured time over its floor's, sorted; empty when the runs were not paired
   */
  record Comparison(String name, Samples retort, Samples floor, double target, List<Double> roundRatios) {
    Comparison(String name, Samples retort, Samples floor, double target) {
      this(name, retort, floor, target, List.of());
    }

    Comparison {
      roundRatios = roundRatios.stream().sorted().toList();
    }

    double ratio() {
      if (!roundRatios.isEmpty()) {
        return percentile(roundRatios, 50);
      }
      return (double) retort.median() / floor.median();
    }

    boolean paired() {
      return !roundRatios.isEmpty();
    }
  }

  private Sampler() {}

  /** The value at that percentile of sorted values (nearest rank). */
  static <T> T percentile(List<T> sorted, int p) {
    return sorted.get((int) Math.round((p / 100.0) * (sorted.size() - 1)));
  }

  /**
   * @param collect whether to collect garbage before each timed run: for runs long enough to make garbage that
   *     would otherwise be collected during the next one; not for micro-runs, which a collection leaves with cold
   *     caches
   */
  static Comparison compare(String name, int warmups, int runs, double target, boolean collect, Task retort,
      Task floor) throws Exception {
    for (int i = 0; i < warmups; i++) {
      once(retort, collect);
      once(floor, collect);
    }
    List<Long> a = new ArrayList<>();
    List<Long> b = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      if (i % 2 == 0) {
        a.add(once(retort, collect));
        b.add(once(floor, collect));
      } else {
        b.add(once(floor, collect));
        a.add(once(retort, collect));
      }
    }
    Collections.sort(a);
    Collections.sort(b);
    return new Comparison(name, new Samples(a), new Samples(b), target);
  }

  /** One timed run; with {@code collect}, the garbage of the one before first, so neither side pays for the other. */
  private static long once(Task task, boolean collect) throws Exception {
    task.prepare();
    if (collect) {
      System.gc();
    }
    long start = System.nanoTime();
    task.run();
    return System.nanoTime() - start;
  }
}
