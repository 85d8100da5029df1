package dev.retort.cli;

import dev.retort.runtime.DowngradeResult;
import java.util.Set;

/** {@code downgrade <target> [--sql]}: reverts revisions down to the target, or prints the script that would. */
final class DowngradeVerb implements Verb {
  @Override
  public String name() {
    return "downgrade";
  }

  @Override
  public String summary() {
    return "revert revisions down to a target (-1, a revision id, base); --sql prints the script instead";
  }

  @Override
  public String help() {
    return """
        Usage: downgrade <target> [--sql] [--lock-timeout <seconds>]

        Reverts every applied revision above the target, newest first, each in its own transaction.
        target: base, a revision id or unique prefix, -N, <id>-N.
        --sql                     print the offline script for from:to instead (e.g. head:-1); never connects
        --lock-timeout <seconds>  how long to wait for another migrator (default 300)
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
    if (context.arguments().positional().isEmpty()) {
      throw new UsageException("downgrade needs a target, e.g. downgrade -1 or downgrade base");
    }
    String target = context.arguments().positional().get(0);
    if (context.arguments().flag("sql")) {
      String[] range = OfflineRange.split(target, null);
      context.out().print(context.offline().sql(range[0], range[1]).script());
      return 0;
    }
    DowngradeResult result = context.retort().downgrade(target);
    UpgradeVerb.print(context, result.applied(), result.headsAfter());
    return 0;
  }
}
