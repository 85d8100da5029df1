package dev.retort.cli;

import dev.retort.runtime.ErrorCode;
import dev.retort.runtime.RetortException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Retort's command line.
 *
 * <pre>{@code
 * java -cp app.jar:retort-runtime.jar:driver.jar dev.retort.cli.Main --url jdbc:sqlite:app.db upgrade
 * java -cp ... dev.retort.cli.Main --dialect postgresql upgrade base:head --sql > migrate.sql
 * }</pre>
 *
 * <p>Exits 0 on success; otherwise prints one error (its first line says what failed, following lines the
 * details and the way out) and exits with the {@link ErrorCode#exitCode()} of the failure, 1 for an unexpected
 * one. The password, from {@code --password}, {@code RETORT_PASSWORD} or the URL, never appears in any output.
 */
public final class Main {
  static final Set<String> GLOBAL_OPTIONS = Set.of("url", "user", "password", "help", "dialect");
  private static final Pattern URL_PASSWORD = Pattern.compile("(?i)password=([^&;]*)");

  private static final List<Verb> VERBS = List.of(new UpgradeVerb(), new DowngradeVerb(), new CurrentVerb(),
      new HistoryVerb(), new HeadsVerb(), new ShowVerb(), new StampVerb(), new CheckVerb(), new MergeVerb());

  private Main() {}

  public static void main(String[] args) {
    // Retort logs through System.Logger; on the JDK's default backend, one short line per record on stderr.
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format", "retort %4$s: %5$s%6$s%n");
    }
    int status = run(args, System.out, System.err, System.getenv(), Thread.currentThread().getContextClassLoader());
    System.exit(status);
  }

  /** Runs one command; returns the exit status. Output goes to {@code out}, the error line to {@code err}. */
  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, ClassLoader loader) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      return e.code().exitCode();
    }
    List<String> secrets = secrets(arguments, env);
    try {
      if (arguments.verb() == null) {
        out.print(overview());
        return arguments.flag("help") ? 0 : ErrorCode.USAGE.exitCode();
      }
      Verb verb = find(arguments.verb());
      if (arguments.flag("help")) {
        out.print(verb.help());
        return 0;
      }
      arguments.check(verb.options(), verb.maxArguments(), verb.name());
      return verb.run(new Context(arguments, out, env, loader));
    } catch (RetortException e) {
      err.println("error: " + scrub(e.getMessage(), secrets));
      return e.code().exitCode();
    } catch (RuntimeException e) {
      err.println("error: internal error in Retort, please report: " + scrub(String.valueOf(e), secrets));
      return 1;
    }
  }

  private static Verb find(String name) {
    for (Verb v : VERBS) {
      if (v.name().equals(name)) {
        return v;
      }
    }
    throw new UsageException("unknown command '" + name + "'; commands: "
        + String.join(", ", VERBS.stream().map(Verb::name).toList()) + ". Run --help for details.");
  }

  private static String overview() {
    StringBuilder b = new StringBuilder();
    b.append("Usage: java -cp <application + retort-runtime + JDBC driver> dev.retort.cli.Main [options] <command>"
        + " [arguments]\n\n");
    b.append("Options (also from the environment):\n");
    b.append("  --url <jdbc url>       RETORT_URL       the database\n");
    b.append("  --user <name>          RETORT_USER      the database user\n");
    b.append("  --password <password>  RETORT_PASSWORD  never printed\n");
    b.append("  --dialect <name>                        sqlite or postgresql, for --sql without --url\n\n");
    b.append("Commands:\n");
    Map<String, String> lines = new LinkedHashMap<>();
    for (Verb v : VERBS) {
      lines.put(v.name(), v.summary());
    }
    lines.forEach((name, summary) -> b.append(String.format("  %-10s %s%n", name, summary)));
    b.append("\nRun <command> --help for its arguments.\n");
    return b.toString();
  }

  /** Every form the password may take: given, from the environment, or inside the URL. */
  private static List<String> secrets(Arguments arguments, Map<String, String> env) {
    List<String> out = new ArrayList<>();
    addSecret(out, arguments.option("password"));
    addSecret(out, env.get("RETORT_PASSWORD"));
    for (String url : new String[] {arguments.option("url"), env.get("RETORT_URL")}) {
      if (url != null) {
        Matcher m = URL_PASSWORD.matcher(url);
        while (m.find()) {
          addSecret(out, m.group(1));
        }
      }
    }
    return out;
  }

  private static void addSecret(List<String> out, String secret) {
    if (secret != null && !secret.isEmpty()) {
      out.add(secret);
    }
  }

  /** Replaces every occurrence of a secret with {@code ***}; a last line of defence, as drivers vary. */
  static String scrub(String text, List<String> secrets) {
    String s = text == null ? "" : text;
    for (String secret : secrets) {
      s = s.replace(secret, "***");
    }
    return s;
  }
}
