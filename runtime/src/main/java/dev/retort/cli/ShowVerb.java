package dev.retort.cli;

import dev.retort.runtime.ShowResult;

/** {@code show <rev>}: one revision with its operations; never connects. */
final class ShowVerb implements Verb {
  @Override
  public String name() {
    return "show";
  }

  @Override
  public String summary() {
    return "describe one revision: parents, children, checksum, operations";
  }

  @Override
  public String help() {
    return """
        Usage: show <revision>

        Prints a revision (full id or unique prefix): message, parents, children, checksum and its upgrade and
        downgrade operations. Does not connect.
        """;
  }

  @Override
  public int maxArguments() {
    return 1;
  }

  @Override
  public int run(Context context) {
    if (context.arguments().positional().isEmpty()) {
      throw new UsageException("show needs a revision id, e.g. show 0003");
    }
    ShowResult r = context.offlineOrConnected().show(context.arguments().positional().get(0));
    context.out().println("revision " + r.revision().id());
    context.out().println("message  " + r.revision().message());
    context.out().println("parents  " + (r.revision().parents().isEmpty() ? "(base)"
        : String.join(", ", r.revision().parents())));
    context.out().println("children " + (r.children().isEmpty() ? "(head)" : String.join(", ", r.children())));
    context.out().println("checksum " + r.checksum());
    context.out().println("upgrade:");
    r.upgrade().forEach(op -> context.out().println("  " + op));
    context.out().println("downgrade:");
    r.downgrade().forEach(op -> context.out().println("  " + op));
    return 0;
  }
}
