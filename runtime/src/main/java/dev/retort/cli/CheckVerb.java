package dev.retort.cli;

import dev.retort.runtime.CheckResult;
import dev.retort.runtime.ErrorCode;

/** {@code check}: compares the live schema with the one the applied revisions promise. */
final class CheckVerb implements Verb {
  @Override
  public String name() {
    return "check";
  }

  @Override
  public String summary() {
    return "compare the live schema with the one the applied revisions promise";
  }

  @Override
  public String help() {
    return """
        Usage: check

        Reads the live database's tables, columns, keys and indexes and compares them with the schema its
        applied revisions promise. Prints each difference; exits with status 60 when there is any.
        """;
  }

  @Override
  public int run(Context context) {
    CheckResult r = context.retort().check();
    String at = r.heads().isEmpty() ? "base" : String.join(", ", r.heads());
    if (r.clean()) {
      context.out().println("no drift: the database matches revision(s) " + at);
      return 0;
    }
    context.out().println(r.differences().size() + " difference(s) from the schema revision(s) " + at
        + " promise:");
    r.differences().forEach(d -> context.out().println("  " + d));
    return ErrorCode.SCHEMA_DRIFT.exitCode();
  }
}
