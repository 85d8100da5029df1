package dev.retort.runtime;

import dev.retort.ops.Op;
import dev.retort.ops.OpText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checksum of a revision: SHA-256 of the canonical text of its upgrade operations, then of its downgrade
 * operations. It depends only on the operations' values, so reformatting a revision or compiling it with another
 * JDK changes nothing, while editing what it does changes the checksum.
 */
public final class Checksums {
  private Checksums() {}

  /** Lower-case hex SHA-256 of {@code canonical(upgrade) + "--\n" + canonical(downgrade)}. */
  public static String of(List<Op> upgrade, List<Op> downgrade) {
    return sha256(OpText.canonical(upgrade) + "--\n" + OpText.canonical(downgrade));
  }

  /**
   * The checksum of a lineage: a revision together with everything applied below it, chained as Git chains
   * commits: SHA-256 over the revision's id, its own checksum and its parents' lineages (by parent id). Stored
   * beside each head in {@code retort_version}, so that a boot with nothing to do detects an edited, removed or
   * re-parented applied revision from the version table alone. Each revision's lineage needs its parents' only,
   * so applying n revisions computes n of them, not n times the history.
   *
   * @param parentLineages each parent's id to its lineage
   */
  static String lineage(String id, String checksum, Map<String, String> parentLineages) {
    StringBuilder text = new StringBuilder(id).append(' ').append(checksum).append('\n');
    new TreeMap<>(parentLineages).forEach((parent, lineage) -> text.append(parent).append(' ').append(lineage)
        .append('\n'));
    return sha256(text.toString());
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
