package dev.retort.evolution;

import java.util.List;

/**
 * A sequence of choices that drives generation. Every decision reads the next number modulo its bound, and an
 * exhausted sequence answers 0, so any list is a valid evolution and shrinking the list (fewer, smaller numbers)
 * shrinks the evolution towards the simplest one.
 */
final class Choices {
  private final List<Integer> values;
  private int position;

  Choices(List<Integer> values) {
    this.values = values;
  }

  int next(int bound) {
    if (bound <= 1) {
      return 0;
    }
    if (position >= values.size()) {
      return 0;
    }
    return Math.floorMod(values.get(position++), bound);
  }

  boolean chance(int percent) {
    return next(100) < percent;
  }

  <T> T pick(List<T> items) {
    return items.get(next(items.size()));
  }

  boolean exhausted() {
    return position >= values.size();
  }
}
