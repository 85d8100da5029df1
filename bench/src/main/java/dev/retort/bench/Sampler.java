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
      int i = (int) Math.round((p / 100.0) * (nanos.size() - 1));
      return nanos.get(i);
    }
  }

  /** One comparison: the measured side, its floor, and the ratio of their medians. */
  record Comparison(String name, Samples retort, Samples floor, double target) {
    double ratio() {
      return (double) retort.median() / floor.median();
    }
  }

  private Sampler() {}

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
