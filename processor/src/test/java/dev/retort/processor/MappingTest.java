package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** Every mapping rule, pinned by golden revision sources and snapshots of a first compile. */
class MappingTest {
  @TempDir
  Path dir;

  private void golden(TestInfo info, Harness h, Compilation c) {
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[retort:review] wrote ");
    assertThat(c).hadErrorCount(1);
    Goldens.assertGolden(info, Harness.PACKAGE + "." + h.onlyRevisionName() + ".java", h.onlyRevision());
    Goldens.assertGolden(info, "snapshot.json", h.snapshotText());
  }

  @Test
  void basicTypes(TestInfo info) {
    Harness h = new Harness(dir);
    golden(info, h, h.compile("entities/good/basic/Everything.java", "entities/good/basic/Status.java",
        "entities/good/basic/Priority.java", "entities/good/basic/YesNoConverter.java",
        "entities/good/basic/Money.java"));
  }
}
