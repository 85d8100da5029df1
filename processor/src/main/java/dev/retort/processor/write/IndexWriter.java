package dev.retort.processor.write;

import dev.retort.runtime.IndexFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the revision index through the {@link Filer} as the resource {@value IndexFile#PATH} in the class output:
 * every {@code @Revision} class with its id, parents and message, and the heads (the ids no revision names as a
 * parent), in the format {@link IndexFile} defines and the runtime reads, so that it finds revisions without
 * scanning the classpath and a boot with nothing to run compares the version table with the heads without creating
 * a single revision. A resource rather than a generated class: javac would compile a class in one more processing
 * round, entering every class of the compilation again, which on a large model costs more than all of Retort's
 * own work.
 */
public final class IndexWriter {
  /**
   * One revision as the index lists it.
   *
   * @param origin the element it came from (an originating element for the Filer), or null
   */
  public record Entry(IndexFile.Entry entry, Element origin) {}

  private IndexWriter() {}

  /** Writes the index resource. */
  public static void write(Filer filer, List<Entry> entries) throws IOException {
    Element[] origins = entries.stream().map(Entry::origin).filter(o -> o != null).toArray(Element[]::new);
    FileObject index = filer.createResource(StandardLocation.CLASS_OUTPUT, "", IndexFile.PATH, origins);
    try (OutputStream out = index.openOutputStream()) {
      out.write(IndexFile.format(entries.stream().map(Entry::entry).toList()).getBytes(StandardCharsets.UTF_8));
    }
  }
}
