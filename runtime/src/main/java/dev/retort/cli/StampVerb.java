package dev.retort.cli;

import dev.retort.runtime.StampResult;
import java.util.Set;

/** {@code stamp <rev>}: records the database as being at a revision without running anything. */
final class StampVerb implements Verb {
  @Override
  public String name() {
    return "stamp";
  }

  @Override
  public String summary() {
    return "record the database as being at a revision, running nothing";
  }

  @Override
  public String help() {
    return """
        Usage: stamp <target>

        Sets the version table to the target (head, heads, base, a revision id) without running any revision,
        and records it in the history. For a database built by other means, or to accept what you checked by
        hand after an edited revision, an unknown revision or a failed non-transactional revision was refused.
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("lock-timeout");
  }

  @Override
  public int maxArguments() {
    return 1;
  }

  @Override
  public int run(Context context) {
    if (context.arguments().positional().isEmpty()) {
      throw new UsageException("stamp needs a target, e.g. stamp head");
    }
    StampResult r = context.retort().stamp(context.arguments().positional().get(0));
    context.out().println("stamped the database at " + (r.headsAfter().isEmpty() ? "base"
        : String.join(", ", r.headsAfter())) + " (was " + (r.headsBefore().isEmpty() ? "base"
        : String.join(", ", r.headsBefore())) + ")");
    return 0;
  }
}
