package dev.retort.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command-line arguments: the verb, its positional arguments, options with values
 * ({@code --url x} or {@code --url=x}) and flags ({@code --sql}). Options may come before or after the verb.
 */
final class Arguments {
  /** Options that take a value; every other {@code --name} is a flag. */
  static final Set<String> VALUED = Set.of("url", "user", "password", "lock-timeout", "dialect");

  private final String verb;
  private final List<String> positional;
  private final Map<String, String> options;

  private Arguments(String verb, List<String> positional, Map<String, String> options) {
    this.verb = verb;
    this.positional = positional;
    this.options = options;
  }

  static Arguments parse(String[] args) {
    String verb = null;
    List<String> positional = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h")) {
        options.put("help", "true");
      } else if (a.startsWith("--") && a.length() > 2) {
        String name = a.substring(2);
        String value = "true";
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        } else if (VALUED.contains(name)) {
          if (i + 1 >= args.length) {
            throw new UsageException("option --" + name + " needs a value");
          }
          value = args[++i];
        }
        options.put(name, value);
      } else if (verb == null) {
        verb = a;
      } else {
        positional.add(a);
      }
    }
    return new Arguments(verb, positional, options);
  }

  String verb() {
    return verb;
  }

  List<String> positional() {
    return positional;
  }

  String option(String name) {
    return options.get(name);
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }

  /** Refuses options the verb does not know, and more positional arguments than it takes. */
  void check(Set<String> allowed, int maxPositional, String verbName) {
    for (String name : options.keySet()) {
      if (!allowed.contains(name) && !Main.GLOBAL_OPTIONS.contains(name)) {
        throw new UsageException("unknown option --" + name + " for " + verbName + "; see " + verbName + " --help");
      }
    }
    if (positional.size() > maxPositional) {
      throw new UsageException("too many arguments for " + verbName + ": " + String.join(" ", positional)
          + "; see " + verbName + " --help");
    }
  }
}
