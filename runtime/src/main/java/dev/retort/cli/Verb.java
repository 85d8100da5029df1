package dev.retort.cli;

import java.util.Set;

/** One command of the command line: its name, its help, and what it does. */
interface Verb {
  String name();

  /** One line for the overview. */
  String summary();

  /** The full help: usage line, arguments and options. */
  String help();

  /** The options this verb accepts besides the global ones. */
  default Set<String> options() {
    return Set.of();
  }

  /** How many positional arguments it takes at most. */
  default int maxArguments() {
    return 0;
  }

  /** Runs the verb; returns the exit status. */
  int run(Context context);
}
