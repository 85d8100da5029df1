package dev.retort.cli;

import dev.retort.runtime.RevisionInfo;
import java.util.List;

/** {@code heads}: the application's heads; never connects. */
final class HeadsVerb implements Verb {
  @Override
  public String name() {
    return "heads";
  }

  @Override
  public String summary() {
    return "show the application's heads (more than one: run merge)";
  }

  @Override
  public String help() {
    return """
        Usage: heads

        Prints the revisions without children in the application's revision graph. Does not connect.
        """;
  }

  @Override
  public int run(Context context) {
    List<RevisionInfo> heads = context.offlineOrConnected().heads().heads();
    for (RevisionInfo r : heads) {
      context.out().println(r.id() + (r.message().isEmpty() ? "" : "  " + r.message()));
    }
    if (heads.size() > 1) {
      context.out().println(heads.size() + " heads; run merge");
    }
    return 0;
  }
}
