package dev.retort.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.TestInfo;

/**
 * Golden files under {@code src/test/resources/golden/<TestClass>/<method>/<name>}. A missing or different golden fails
 * with its path; {@code RETORT_UPDATE_GOLDENS=1} rewrites them instead.
 */
final class Goldens {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  private Goldens() {}

  static void assertGolden(TestInfo info, String name, String actual) {
    String testClass = info.getTestClass().orElseThrow().getSimpleName();
    String method = info.getTestMethod().orElseThrow().getName();
    Path file = ROOT.resolve(testClass).resolve(method).resolve(name);
    try {
      if ("1".equals(System.getenv("RETORT_UPDATE_GOLDENS"))) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual);
        return;
      }
      if (!Files.exists(file)) {
        fail("missing golden " + file.toAbsolutePath() + "; run with RETORT_UPDATE_GOLDENS=1 to write it. Actual:\n"
            + actual);
      }
      assertEquals(Files.readString(file), actual, "differs from golden " + file.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
