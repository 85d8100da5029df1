package dev.retort.cli;

import dev.retort.runtime.RevisionInfo;
import java.util.List;

/** {@code merge}: says how to join several heads; never connects and writes nothing. */
final class MergeVerb implements Verb {
  @Override
  public String name() {
    return "merge";
  }

  @Override
  public String summary() {
    return "show how to join several heads with a merge revision";
  }

  @Override
  public String help() {
    return """
        Usage: merge

        When the revision graph has several heads, prints the merge revision to add: a class whose parents
        are all the heads and whose upgrade and downgrade do nothing. Writes nothing; does not connect.
        """;
  }

  @Override
  public int run(Context context) {
    List<RevisionInfo> heads = context.offlineOrConnected().heads().heads();
    if (heads.size() < 2) {
      context.out().println("nothing to merge: there is " + (heads.isEmpty() ? "no revision"
          : "one head, " + heads.get(0).id()));
      return 0;
    }
    List<String> ids = heads.stream().map(RevisionInfo::id).toList();
    context.out().println(heads.size() + " heads: " + String.join(", ", ids));
    context.out().println("Add this revision beside the others, then build and upgrade:");
    context.out().println();
    context.out().println("@Revision(id = \"<new id>\", parents = {\"" + String.join("\", \"", ids)
        + "\"}, message = \"merge " + String.join(" and ", ids) + "\")");
    context.out().println("public final class Merge implements Migration {");
    context.out().println("  @Override public void upgrade(Ops ops) {}");
    context.out().println("  @Override public void downgrade(Ops ops) {}");
    context.out().println("}");
    return 0;
  }
}
