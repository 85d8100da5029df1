package dev.retort.cli;

import dev.retort.runtime.CurrentResult;
import dev.retort.runtime.RevisionInfo;

/** {@code current}: the revisions the database is at. */
final class CurrentVerb implements Verb {
  @Override
  public String name() {
    return "current";
  }

  @Override
  public String summary() {
    return "show the revisions the database is at";
  }

  @Override
  public String help() {
    return """
        Usage: current

        Prints the revisions recorded in the version table, and how many revisions are pending.
        """;
  }

  @Override
  public int run(Context context) {
    CurrentResult result = context.retort().current();
    if (result.heads().isEmpty()) {
      context.out().println("base (no revision applied)");
    }
    for (RevisionInfo r : result.heads()) {
      boolean unknown = result.unknown().contains(r.id());
      context.out().println(r.id() + (unknown ? "  (unknown to this application: a newer release ran)"
          : r.message().isEmpty() ? "" : "  " + r.message()));
    }
    if (result.unknown().isEmpty()) {
      context.out().println(result.pending() == 0 ? "up to date"
          : result.pending() + " revision(s) pending; run upgrade");
    }
    return 0;
  }
}
