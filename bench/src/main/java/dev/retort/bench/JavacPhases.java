package dev.retort.bench;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one javac run spends its time, from its task events: how many times it entered the compilation units
 * (once without annotation processing; with any processor, once more for each processing round after the first
 * and once more for the compilation that follows the rounds), how long those passes took, and how long the
 * processing rounds themselves (the processors' own work) took.
 */
final class JavacPhases implements TaskListener {
  private int enterDepth;
  private long enterStart;
  private long roundStart;
  private final List<Long> enterPasses = new ArrayList<>();
  private final List<Long> rounds = new ArrayList<>();

  @Override
  public void started(TaskEvent e) {
    if (e.getKind() == TaskEvent.Kind.ENTER && enterDepth++ == 0) {
      enterStart = System.nanoTime();
    } else if (e.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING_ROUND) {
      roundStart = System.nanoTime();
    }
  }

  @Override
  public void finished(TaskEvent e) {
    if (e.getKind() == TaskEvent.Kind.ENTER && --enterDepth == 0) {
      enterPasses.add(System.nanoTime() - enterStart);
    } else if (e.getKind() == TaskEvent.Kind.ANNOTATION_PROCESSING_ROUND) {
      rounds.add(System.nanoTime() - roundStart);
    }
  }

  /** The passes that entered the compilation units, in order. */
  List<Long> enterPasses() {
    return enterPasses;
  }

  /** The processing rounds, in order: the time the processors ran, without javac's work between rounds. */
  List<Long> rounds() {
    return rounds;
  }
}
