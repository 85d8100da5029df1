package dev.retort.cli;

import dev.retort.runtime.Retort;
import dev.retort.runtime.RetortBuilder;
import dev.retort.runtime.RetortConfigurationException;
import dev.retort.runtime.dialect.Dialects;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/** What a verb works with: its arguments, the output, and a {@link Retort} built from the options. */
final class Context {
  private final Arguments arguments;
  private final PrintStream out;
  private final Map<String, String> env;
  private final ClassLoader classLoader;

  Context(Arguments arguments, PrintStream out, Map<String, String> env, ClassLoader classLoader) {
    this.arguments = arguments;
    this.out = out;
    this.env = env;
    this.classLoader = classLoader;
  }

  Arguments arguments() {
    return arguments;
  }

  PrintStream out() {
    return out;
  }

  /** A value from its option, else from the environment variable; null when neither is set. */
  String setting(String option, String variable) {
    String v = arguments.option(option);
    if (v == null) {
      v = env.get(variable);
    }
    return v == null || v.isEmpty() ? null : v;
  }

  String url() {
    return setting("url", "RETORT_URL");
  }

  String password() {
    return setting("password", "RETORT_PASSWORD");
  }

  private RetortBuilder builder() {
    RetortBuilder b = Retort.configure().classLoader(classLoader);
    String timeout = arguments.option("lock-timeout");
    if (timeout != null) {
      try {
        b.lockTimeout(Duration.ofSeconds(Long.parseLong(timeout)));
      } catch (NumberFormatException e) {
        throw new UsageException("--lock-timeout takes a whole number of seconds, got '" + timeout + "'");
      }
    }
    if (arguments.flag("allow-checksum-mismatch")) {
      b.allowChecksumMismatch(true);
    }
    String dialect = arguments.option("dialect");
    if (dialect != null) {
      try {
        b.dialect(Dialects.named(dialect));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    return b;
  }

  /** A Retort connected to the database given by {@code --url} or {@code RETORT_URL}. */
  Retort retort() {
    String url = url();
    if (url == null) {
      throw new UsageException("no database: give --url <jdbc url> or set RETORT_URL");
    }
    return builder().dataSource(new DriverManagerDataSource(url, setting("user", "RETORT_USER"), password())).load();
  }

  /** A Retort for the verbs that read the revisions only; connects to nothing. */
  Retort offlineOrConnected() {
    return builder().load();
  }

  /** A Retort for offline SQL: the dialect from {@code --dialect}, else from the URL; never connects. */
  Retort offline() {
    RetortBuilder b = builder();
    if (arguments.option("dialect") == null) {
      String url = url();
      if (url == null) {
        throw new UsageException("--sql needs to know the database: give --dialect <" + String.join("|",
            Dialects.names()) + "> or --url <jdbc url>");
      }
      try {
        b.dialect(Dialects.forUrl(url));
      } catch (IllegalArgumentException e) {
        throw new RetortConfigurationException(e.getMessage(), e);
      }
    }
    return b.load();
  }
}
