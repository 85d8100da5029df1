package dev.retort.cli;

import dev.retort.runtime.AppliedRevision;
import dev.retort.runtime.UpgradeResult;
import java.util.List;
import java.util.Set;

/** {@code upgrade [target] [--sql]}: applies revisions up to the target, or prints the script that would. */
final class UpgradeVerb implements Verb {
  @Override
  public String name() {
    return "upgrade";
  }

  @Override
  public String summary() {
    return "apply revisions up to a target (default head); --sql prints the script instead";
  }

  @Override
  public String help() {
    return """
        Usage: upgrade [target] [--sql] [--allow-checksum-mismatch] [--lock-timeout <seconds>]

        Applies every revision up to the target, each in its own transaction, under the migration lock.
        target: head (default), heads, a revision id or unique prefix, +N, <id>+N.
        --sql                      print the offline script instead of running it; the target may be
                                   from:to (default from base); needs --url or --dialect, never connects
        --allow-checksum-mismatch  proceed although applied revisions were edited (check first!)
        --lock-timeout <seconds>   how long to wait for another migrator (default 300)
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("sql", "allow-checksum-mismatch", "lock-timeout", "dialect");
  }

  @Override
  public int maxArguments() {
    return 1;
  }

  @Override
  public int run(Context context) {
    List<String> args = context.arguments().positional();
    String target = args.isEmpty() ? "head" : args.get(0);
    if (context.arguments().flag("sql")) {
      String[] range = OfflineRange.split(target, "base");
      context.out().print(context.offline().sql(range[0], range[1]).script());
      return 0;
    }
    UpgradeResult result = context.retort().upgrade(target);
    print(context, result.applied(), result.headsAfter());
    return 0;
  }

  static void print(Context context, List<AppliedRevision> done, List<String> headsAfter) {
    String at = headsAfter.isEmpty() ? "base" : String.join(", ", headsAfter);
    if (done.isEmpty()) {
      context.out().println("nothing to do; the database is at " + at);
      return;
    }
    for (AppliedRevision r : done) {
      context.out().println((r.direction() == dev.retort.runtime.Direction.UP ? "applied  " : "reverted ")
          + r.revision() + (r.message().isEmpty() ? "" : "  " + r.message()) + "  (" + r.duration().toMillis()
          + " ms" + (r.transactional() ? "" : ", outside a transaction") + ")");
    }
    context.out().println("the database is at " + at);
  }
}
