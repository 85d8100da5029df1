package dev.retort.processor.write;

import dev.retort.ops.AddColumn;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.Op;
import dev.retort.ops.OpText;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names a revision: its message (derived from its operations unless the user gave one), its class name
 * {@code V<yyyyMMdd_HHmm>__<slug>} and its id {@code <yyyyMMdd_HHmm>_<4 hex>}, where the hex digits hash the parents and
 * the operations. The time comes from the caller (the {@code retort.now} option in tests), so names are repeatable.
 */
public final class RevisionNames {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm", Locale.ROOT);
  private static final int MAX_SLUG = 60;

  private RevisionNames() {}

  public static String stamp(LocalDateTime time) {
    return STAMP.format(time);
  }

  public static String className(LocalDateTime time, String message) {
    return "V" + stamp(time) + "__" + slug(message);
  }

  public static String id(LocalDateTime time, List<String> parents, List<Op> ops) {
    String text = String.join(",", parents) + "\n" + OpText.canonical(ops);
    return stamp(time) + "_" + sha256(text).substring(0, 4);
  }

  /** The running hash of the revision chain after appending {@code id} to the chain hashed by {@code previous}. */
  public static String chainHash(String previous, String id) {
    return sha256((previous == null ? "" : previous) + "\n" + id).substring(0, 16);
  }

  /** Lower-case letters and digits separated by single underscores, at most 60 characters. */
  public static String slug(String message) {
    String s = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (s.length() > MAX_SLUG) {
      s = s.substring(0, MAX_SLUG).replaceAll("_+$", "");
    }
    return s.isEmpty() ? "revision" : s;
  }

  /**
   * A message such as {@code add deleted_at to todos}, {@code create tables users and todos} or
   * {@code drop body, owner_id from todos}: one phrase per kind of change and table.
   */
  public static String message(List<Op> ops) {
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    for (Op op : ops) {
      if (op instanceof CreateTable c) {
        phrases.computeIfAbsent("create table", k -> new ArrayList<>()).add(c.table().name());
      } else if (op instanceof DropTable d) {
        phrases.computeIfAbsent("drop table", k -> new ArrayList<>()).add(d.table().name());
      } else if (op instanceof RenameTable r) {
        phrases.computeIfAbsent("rename " + r.from() + " to " + r.to(), k -> new ArrayList<>());
      } else if (op instanceof AddColumn a) {
        phrases.computeIfAbsent("add|to " + a.table(), k -> new ArrayList<>()).add(a.column().name());
      } else if (op instanceof DropColumn d) {
        phrases.computeIfAbsent("drop|from " + d.table(), k -> new ArrayList<>()).add(d.column().name());
      } else if (op instanceof RenameColumn r) {
        phrases.computeIfAbsent("rename " + r.table() + "." + r.from() + " to " + r.to(), k -> new ArrayList<>());
      } else if (op instanceof AlterColumn a) {
        phrases.computeIfAbsent("alter|in " + a.table(), k -> new ArrayList<>()).add(a.to().name());
      } else if (op instanceof CreateSequence c) {
        phrases.computeIfAbsent("create sequence", k -> new ArrayList<>()).add(c.sequence().name());
      } else if (op instanceof DropSequence d) {
        phrases.computeIfAbsent("drop sequence", k -> new ArrayList<>()).add(d.sequence().name());
      } else {
        phrases.computeIfAbsent("change constraints of " + tableOf(op), k -> new ArrayList<>());
      }
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : phrases.entrySet()) {
      String key = e.getKey();
      List<String> names = e.getValue();
      if (key.contains("|")) {
        String[] parts = key.split("\\|", 2);
        out.add(parts[0] + " " + String.join(", ", names) + " " + parts[1]);
      } else if (key.equals("create table") || key.equals("drop table") || key.endsWith("sequence")) {
        out.add(key + (names.size() > 1 ? "s " : " ") + join(names));
      } else {
        out.add(key);
      }
    }
    return join(out);
  }

  /** The table an operation works on, read from its canonical text ({@code table="..."}). */
  private static String tableOf(Op op) {
    String canonical = OpText.canonical(op);
    String marker = "table=\"";
    int i = canonical.indexOf(marker);
    if (i < 0) {
      return "the schema";
    }
    int start = i + marker.length();
    return canonical.substring(start, canonical.indexOf('"', start));
  }

  private static String join(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    if (items.size() == 2) {
      return items.get(0) + " and " + items.get(1);
    }
    if (items.size() == 3) {
      return items.get(0) + ", " + items.get(1) + " and " + items.get(2);
    }
    return items.get(0) + ", " + items.get(1) + " and " + (items.size() - 2) + " more";
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
