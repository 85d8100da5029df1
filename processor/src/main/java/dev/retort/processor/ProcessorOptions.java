package dev.retort.processor;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses and validates every {@code -Aretort.*} option; one constant per option. Invalid or missing options become
 * errors naming the option, the value found and the allowed values.
 */
public final class ProcessorOptions {

  /** The options the processor understands. */
  public enum Option {
    SNAPSHOT("retort.snapshot"),
    REVISIONS_DIR("retort.revisions.dir"),
    REVISIONS_PACKAGE("retort.revisions.package"),
    MODE("retort.mode"),
    NAMING("retort.naming"),
    MESSAGE("retort.message"),
    NOW("retort.now"),
    DEBUG("retort.debug");

    private final String key;

    Option(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** What a build does with a difference between the entities and the snapshot. */
  public enum Mode {
    GENERATE, CHECK
  }

  /** Physical naming of tables and columns. */
  public enum Naming {
    JPA, SNAKE
  }

  /** Every option key, for {@code getSupportedOptions}. */
  public static Set<String> keys() {
    return Arrays.stream(Option.values()).map(Option::key).collect(Collectors.toUnmodifiableSet());
  }

  private final Path snapshot;
  private final Path revisionsDir;
  private final String revisionsPackage;
  private final Mode mode;
  private final Naming naming;
  private final String message;
  private final LocalDateTime now;
  private final boolean debug;

  private ProcessorOptions(Path snapshot, Path revisionsDir, String revisionsPackage, Mode mode, Naming naming,
      String message, LocalDateTime now, boolean debug) {
    this.snapshot = snapshot;
    this.revisionsDir = revisionsDir;
    this.revisionsPackage = revisionsPackage;
    this.mode = mode;
    this.naming = naming;
    this.message = message;
    this.now = now;
    this.debug = debug;
  }

  /** Whether {@code retort.debug=true} was given; readable before the other options are validated. */
  public static boolean debug(Map<String, String> raw) {
    return "true".equalsIgnoreCase(raw.get(Option.DEBUG.key()));
  }

  /** Parses the options, reporting every problem; empty when any option is missing or invalid. */
  public static Optional<ProcessorOptions> parse(Map<String, String> raw, Diagnostics diagnostics) {
    int before = diagnostics.errorCount();
    String snapshot = required(raw, Option.SNAPSHOT, "the committed snapshot file, e.g. src/main/retort/snapshot.json",
        diagnostics);
    String dir = required(raw, Option.REVISIONS_DIR, "the source root revisions are written to, e.g. src/main/java",
        diagnostics);
    String pkg = required(raw, Option.REVISIONS_PACKAGE, "the package of revision classes, e.g. com.example.db",
        diagnostics);
    if (pkg != null && !pkg.matches("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*")) {
      diagnostics.error(Messages.optionInvalid(Option.REVISIONS_PACKAGE.key(), pkg, "a Java package name"));
    }
    Mode mode = choice(raw, Option.MODE, Mode.class, Mode.GENERATE, diagnostics);
    Naming naming = choice(raw, Option.NAMING, Naming.class, Naming.JPA, diagnostics);
    String message = raw.get(Option.MESSAGE.key());
    if (message != null && message.isBlank()) {
      message = null;
    }
    LocalDateTime now = null;
    String nowText = raw.get(Option.NOW.key());
    if (nowText != null) {
      try {
        now = LocalDateTime.parse(nowText);
      } catch (DateTimeParseException e) {
        diagnostics.error(Messages.optionInvalid(Option.NOW.key(), nowText, "a local date-time such as 2026-11-22T15:30"));
      }
    }
    String debugText = raw.get(Option.DEBUG.key());
    if (debugText != null && !debugText.equalsIgnoreCase("true") && !debugText.equalsIgnoreCase("false")) {
      diagnostics.error(Messages.optionInvalid(Option.DEBUG.key(), debugText, "true, false"));
    }
    if (diagnostics.errorCount() > before) {
      return Optional.empty();
    }
    return Optional.of(new ProcessorOptions(Path.of(snapshot), Path.of(dir), pkg, mode, naming, message, now,
        debug(raw)));
  }

  private static String required(Map<String, String> raw, Option option, String what, Diagnostics diagnostics) {
    String value = raw.get(option.key());
    if (value == null || value.isBlank()) {
      diagnostics.error(Messages.optionMissing(option.key(), what));
      return null;
    }
    return value.trim();
  }

  private static <E extends Enum<E>> E choice(Map<String, String> raw, Option option, Class<E> type, E fallback,
      Diagnostics diagnostics) {
    String value = raw.get(option.key());
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
          .collect(Collectors.joining(", "));
      diagnostics.error(Messages.optionInvalid(option.key(), value, allowed));
      return fallback;
    }
  }

  public Path snapshot() {
    return snapshot;
  }

  public Path revisionsDir() {
    return revisionsDir;
  }

  public String revisionsPackage() {
    return revisionsPackage;
  }

  public Mode mode() {
    return mode;
  }

  public Naming naming() {
    return naming;
  }

  /** The message given with {@code retort.message}, if any. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** The clock: {@code retort.now} when given (tests), else the local time. */
  public LocalDateTime now() {
    return now != null ? now : LocalDateTime.now();
  }

  public boolean debug() {
    return debug;
  }
}
