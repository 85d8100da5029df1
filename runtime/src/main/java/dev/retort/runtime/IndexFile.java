package dev.retort.runtime;

import dev.retort.ops.Migration;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The revision index the processor writes as a resource, {@value #PATH}, and the runtime reads back: every
 * {@code @Revision} class of a compilation with its id, parents and message, and the heads computed at compile
 * time. A resource, not a generated class, because javac compiles a generated source in one more processing round
 * that enters every class of the compilation again, and a resource costs no round. The runtime finds it with
 * {@link ClassLoader#getResources}, one per jar or output directory, never by scanning.
 *
 * <p>The format is UTF-8 text, one record per line, fields separated by tabs, in a message {@code \}, tab, line
 * feed and carriage return escaped as {@code \\}, {@code \t}, {@code \n}, {@code \r}:
 *
 * <pre>
 * # comment
 * heads    &lt;id&gt;    &lt;id&gt; ...
 * revision &lt;id&gt;    &lt;binary class name&gt;    &lt;parent,parent,...&gt;    &lt;message&gt;
 * </pre>
 */
public final class IndexFile {
  /** Where the processor writes the index, relative to the class output. */
  public static final String PATH = "META-INF/retort/revisions.index";

  private static final String HEADER = "# Every revision of this module, for the Retort runtime; written by"
      + " dev.retort.processor.RetortProcessor, do not edit.";

  /**
   * One revision as the index lists it.
   *
   * @param className the binary name of the revision class ({@code com.example.db.Revisions$V1} when nested)
   */
  public record Entry(String id, List<String> parents, String message, String className) {
    public Entry {
      parents = List.copyOf(parents);
      message = message == null ? "" : message;
    }
  }

  private IndexFile() {}

  /** The index text: deterministic (revisions sorted by id), so that the same revisions give the same bytes. */
  public static String format(List<Entry> entries) {
    List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::id)).toList();
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    out.append("heads");
    RevisionCatalog.headsOf(sorted.stream().map(Entry::id).toList(),
        sorted.stream().flatMap(e -> e.parents().stream()).toList()).forEach(h -> out.append('\t').append(h));
    out.append('\n');
    for (Entry e : sorted) {
      out.append("revision\t").append(e.id()).append('\t').append(e.className()).append('\t')
          .append(String.join(",", e.parents())).append('\t').append(escape(e.message())).append('\n');
    }
    return out.toString();
  }

  /**
   * The catalogs of every index file {@code loader} sees, in the order it finds them.
   *
   * @throws RetortConfigurationException when a file cannot be read or is not an index
   */
  static List<RevisionCatalog> load(ClassLoader loader) {
    List<RevisionCatalog> out = new ArrayList<>();
    try {
      Enumeration<URL> urls = loader.getResources(PATH);
      for (URL url : Collections.list(urls)) {
        String text;
        try (InputStream in = url.openStream()) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        out.add(parse(text, url.toString(), loader));
      }
    } catch (IOException e) {
      throw new RetortConfigurationException("cannot read the revision index " + PATH + ": " + e.getMessage()
          + ". Rebuild the application so that the processor writes it again.", e);
    }
    return out;
  }

  /** Parses one index file; {@code source} names it in errors, {@code loader} loads its revision classes. */
  public static RevisionCatalog parse(String text, String source, ClassLoader loader) {
    List<String> heads = null;
    List<RevisionDescriptor> revisions = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields[0].equals("heads")) {
        heads = List.of(Arrays.copyOfRange(fields, 1, fields.length));
      } else if (fields[0].equals("revision") && fields.length == 5) {
        List<String> parents = fields[3].isEmpty() ? List.of() : List.of(fields[3].split(","));
        revisions.add(new RevisionDescriptor(fields[1], parents, unescape(fields[4]),
            factory(fields[2], fields[1], source, loader)));
      } else {
        throw malformed(source, i + 1);
      }
    }
    if (heads == null) {
      throw malformed(source, lines.length);
    }
    List<String> knownHeads = heads;
    List<RevisionDescriptor> all = List.copyOf(revisions);
    return new RevisionCatalog() {
      @Override
      public List<RevisionDescriptor> revisions() {
        return all;
      }

      @Override
      public List<String> heads() {
        return knownHeads;
      }
    };
  }

  private static RetortConfigurationException malformed(String source, int line) {
    return new RetortConfigurationException("the revision index " + source + " is not one this runtime can read"
        + " (line " + line + "). Rebuild the application with the processor of the same Retort version.");
  }

  /** Loads and instantiates the class when the revision is first recorded, not when the index is read. */
  private static Supplier<Migration> factory(String className, String id, String source, ClassLoader loader) {
    return () -> {
      try {
        return Class.forName(className, true, loader).asSubclass(Migration.class).getConstructor().newInstance();
      } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
        throw new IllegalStateException("cannot create " + className + ", revision " + id + " of " + source
            + ": " + e + ". Rebuild the application so that the index matches its classes.", e);
      }
    };
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(switch (n) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> n;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
