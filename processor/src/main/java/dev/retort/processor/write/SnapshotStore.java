package dev.retort.processor.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The processor's one seam for files in the user's source tree: reads the snapshot, writes the snapshot and
 * revision sources. Writing creates parent directories and leaves a file untouched when its content is unchanged.
 */
public final class SnapshotStore {
  private SnapshotStore() {}

  /** The file's text, or empty when it does not exist. */
  public static Optional<String> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Writes the text; returns false (and touches nothing) when the file already holds exactly that text. */
  public static boolean write(Path file, String text) throws IOException {
    if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
      return false;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return true;
  }
}
