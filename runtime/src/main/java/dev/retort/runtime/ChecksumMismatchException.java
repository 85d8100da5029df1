package dev.retort.runtime;

import java.util.List;

/**
 * An applied revision's operations differ from those recorded when it was applied: someone edited a revision
 * after it ran. Refused before any DDL; the message gives each revision with the stored and the computed
 * checksum on aligned lines, and the way out.
 */
public class ChecksumMismatchException extends RetortException {
  private static final long serialVersionUID = 1L;

  /** One edited revision: its id and both checksums. */
  public record Mismatch(String revision, String stored, String computed) {}

  private final transient List<Mismatch> mismatches;

  public ChecksumMismatchException(List<Mismatch> mismatches) {
    super(ErrorCode.CHECKSUM_MISMATCH, message(mismatches));
    this.mismatches = List.copyOf(mismatches);
  }

  public List<Mismatch> mismatches() {
    return mismatches;
  }

  private static String message(List<Mismatch> mismatches) {
    StringBuilder out = new StringBuilder();
    out.append(mismatches.size() == 1 ? "an applied revision was edited after it ran:"
        : mismatches.size() + " applied revisions were edited after they ran:");
    for (Mismatch m : mismatches) {
      out.append("\n  revision: ").append(m.revision())
          .append("\n  stored:   ").append(m.stored())
          .append("\n  computed: ").append(m.computed());
    }
    out.append("\nRevert the edit, or check the database by hand and run `stamp` to accept the new operations"
        + " (or proceed knowingly with allowChecksumMismatch / --allow-checksum-mismatch).");
    return out.toString();
  }
}
