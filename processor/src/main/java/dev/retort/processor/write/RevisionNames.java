package dev.retort.processor.write;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

  /** A message such as {@code add deleted_at to todos} or {@code create tables users, todos and 2 more}. */
  public static String message(List<Op> ops) {
    Set<String> phrases = new LinkedHashSet<>();
    List<String> creates = new ArrayList<>();
    for (Op op : ops) {
      if (op instanceof CreateTable c) {
        creates.add(c.table().name());
      }
    }
    if (!creates.isEmpty()) {
      phrases.add((creates.size() == 1 ? "create table " : "create tables ") + join(creates));
    }
    for (Op op : ops) {
      String p = phrase(op);
      if (p != null) {
        phrases.add(p);
      }
    }
    if (phrases.isEmpty()) {
      for (Op op : ops) {
        phrases.add(OpText.describe(op));
      }
    }
    return join(new ArrayList<>(phrases));
  }

  private static String phrase(Op op) {
    if (op instanceof DropTable d) {
      return "drop " + d.table().name();
    } else if (op instanceof RenameTable r) {
      return "rename " + r.from() + " to " + r.to();
    } else if (op instanceof AddColumn a) {
      return "add " + a.column().name() + " to " + a.table();
    } else if (op instanceof DropColumn d) {
      return "drop " + d.column().name() + " from " + d.table();
    } else if (op instanceof RenameColumn r) {
      return "rename " + r.table() + "." + r.from() + " to " + r.to();
    } else if (op instanceof AlterColumn a) {
      return "alter " + a.table() + "." + a.to().name();
    }
    return null;
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
