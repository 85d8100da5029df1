package dev.retort.cli;

import dev.retort.runtime.HistoryEntry;
import java.util.List;
import java.util.Set;

/** {@code history [--verbose]}: every applied, reverted and stamped revision, oldest first. */
final class HistoryVerb implements Verb {
  @Override
  public String name() {
    return "history";
  }

  @Override
  public String summary() {
    return "list every applied, reverted and stamped revision";
  }

  @Override
  public String help() {
    return """
        Usage: history [--verbose]

        Prints retort_history, oldest first: rank, revision, direction, when, message.
        --verbose  also the checksum, database user, duration, transactional and failed rows' status
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("verbose");
  }

  @Override
  public int run(Context context) {
    List<HistoryEntry> entries = context.retort().history().entries();
    if (entries.isEmpty()) {
      context.out().println("no history: no revision has been applied");
      return 0;
    }
    boolean verbose = context.arguments().flag("verbose");
    for (HistoryEntry e : entries) {
      StringBuilder line = new StringBuilder();
      line.append(String.format("%4d  %-20s %-8s %s", e.rank(), e.revision(), e.direction().code(), e.appliedAt()));
      if (!e.success()) {
        line.append("  FAILED");
      }
      if (e.message() != null && !e.message().isEmpty()) {
        line.append("  ").append(e.message());
      }
      context.out().println(line);
      if (verbose) {
        context.out().println("      checksum " + e.checksum() + ", by " + (e.appliedBy() == null ? "(unknown)"
            : e.appliedBy()) + ", " + e.duration().toMillis() + " ms, "
            + (e.transactional() ? "transactional" : "outside a transaction"));
      }
    }
    return 0;
  }
}
