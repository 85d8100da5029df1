package dev.retort.testsupport;

import dev.retort.runtime.RevisionCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a compile produced: a revision's id from its source, and the generated revision index. */
public final class Revisions {
  private static final Pattern ID = Pattern.compile("@Revision\\(\\s*id\\s*=\\s*\"([^\"]+)\"");

  private Revisions() {}

  /** The id in the {@code @Revision} annotation of a revision source file. */
  public static String idOf(Path revisionSource) {
    try {
      Matcher m = ID.matcher(Files.readString(revisionSource));
      if (!m.find()) {
        throw new AssertionError("no @Revision id in " + revisionSource);
      }
      return m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code RetortRevisionIndex} a clean compile generated, loaded from {@code loader}. */
  public static RevisionCatalog catalog(ClassLoader loader) {
    String name = ProjectCompiler.REVISIONS_PACKAGE + ".RetortRevisionIndex";
    try {
      return (RevisionCatalog) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("the compile generated no usable " + name + ": " + e, e);
    }
  }
}
