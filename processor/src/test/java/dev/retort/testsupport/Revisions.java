package dev.retort.testsupport;

import dev.retort.runtime.IndexFile;
import dev.retort.runtime.RevisionCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
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

  /** The revision index a clean compile wrote into its own output, read with {@code loader}. */
  public static RevisionCatalog catalog(URLClassLoader loader) {
    URL url = loader.findResource(IndexFile.PATH);
    if (url == null) {
      throw new AssertionError("the compile wrote no " + IndexFile.PATH);
    }
    try (InputStream in = url.openStream()) {
      return IndexFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url.toString(), loader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
