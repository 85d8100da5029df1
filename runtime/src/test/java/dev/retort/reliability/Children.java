package dev.retort.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link ChildMain} in separate JVMs with the test class path, their output in files. */
final class Children {
  private Children() {}

  /** One child process. */
  record Child(String name, Process process, Path out, Path err) {
    String stdout() {
      return read(out);
    }

    String stderr() {
      return read(err);
    }

    /** Waits for the process to end and returns its exit status; kills it and fails after the timeout. */
    int await(Duration timeout) throws InterruptedException {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(name + " did not finish within " + timeout + "; output:\n" + stdout() + "\n"
            + stderr());
      }
      return process.exitValue();
    }

    /** Waits until standard output has a line starting with {@code prefix}, and returns it. */
    String awaitLine(String prefix, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        for (String line : stdout().lines().toList()) {
          if (line.startsWith(prefix)) {
            return line;
          }
        }
        if (!process.isAlive() && stdout().lines().noneMatch(l -> l.startsWith(prefix))) {
          throw new AssertionError(name + " exited with " + process.exitValue() + " before printing " + prefix
              + ":\n" + stdout() + "\n" + stderr());
        }
        Thread.sleep(10);
      }
      throw new AssertionError(name + " printed no line starting with " + prefix + " within " + timeout + ":\n"
          + stdout() + "\n" + stderr());
    }

    /** SIGKILL on Linux, and waits for the process to be gone. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  static Child start(Path dir, String name, List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx96m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        ChildMain.class.getName()));
    command.addAll(args);
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    return new Child(name, p, out, err);
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }
}
