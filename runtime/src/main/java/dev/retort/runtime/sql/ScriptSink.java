package dev.retort.runtime.sql;

import dev.retort.runtime.dialect.Dialect;
import dev.retort.runtime.dialect.Statement;
import java.time.Duration;
import java.util.List;

/**
 * Writes batches as an offline script for a DBA to read or run: each batch under a comment naming it, its
 * {@code BEFORE_TRANSACTION} statements, {@code BEGIN;}, the work and the version-table bookkeeping,
 * {@code COMMIT;}, then its {@code AFTER_TRANSACTION} statements. Parameters are rendered with
 * {@link Dialect#literal}. A non-transactional batch's work stands outside {@code BEGIN}/{@code COMMIT}.
 *
 * <pre>{@code
 * ScriptSink sink = new ScriptSink(dialect);
 * ... the migrator runs the batches ...
 * String script = sink.script();
 * }</pre>
 */
public final class ScriptSink implements SqlSink {
  private final Dialect dialect;
  private final StringBuilder out = new StringBuilder();

  public ScriptSink(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Adds a comment line to the script. */
  public void comment(String text) {
    for (String line : text.split("\n", -1)) {
      out.append("-- ").append(line).append('\n');
    }
  }

  @Override
  public Duration run(SqlBatch batch) {
    if (out.length() > 0) {
      out.append('\n');
    }
    comment(batch.label());
    for (SqlStep s : batch.work()) {
      if (s.statement().kind() == Statement.Kind.BEFORE_TRANSACTION) {
        write(s);
      }
    }
    if (!batch.transactional()) {
      for (SqlStep s : batch.work()) {
        if (inside(s)) {
          write(s);
        }
      }
    }
    out.append("BEGIN;\n");
    if (batch.transactional()) {
      for (SqlStep s : batch.work()) {
        if (inside(s)) {
          write(s);
        }
      }
    }
    for (SqlStep s : batch.record().apply(Duration.ZERO)) {
      write(s);
    }
    out.append("COMMIT;\n");
    for (SqlStep s : batch.work()) {
      if (s.statement().kind() == Statement.Kind.AFTER_TRANSACTION) {
        write(s);
      }
    }
    return Duration.ZERO;
  }

  private static boolean inside(SqlStep s) {
    Statement.Kind k = s.statement().kind();
    return k != Statement.Kind.BEFORE_TRANSACTION && k != Statement.Kind.AFTER_TRANSACTION;
  }

  private void write(SqlStep step) {
    String sql = inline(step.statement().sql(), step.statement().parameters()).strip();
    out.append(sql);
    if (!sql.endsWith(";")) {
      // A semicolon after a trailing line comment would be commented out.
      String lastLine = sql.substring(sql.lastIndexOf('\n') + 1);
      out.append(lastLine.contains("--") ? "\n;" : ";");
    }
    out.append('\n');
  }

  /** Replaces each {@code ?} outside quotes and comments with the literal of the next parameter. */
  private String inline(String sql, List<Object> parameters) {
    if (parameters.isEmpty()) {
      return sql;
    }
    StringBuilder b = new StringBuilder(sql.length() + 16 * parameters.size());
    int next = 0;
    char quote = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (quote != 0) {
        b.append(c);
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
        b.append(c);
      } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? sql.length() : end;
        b.append(sql, i, end);
        i = end - 1;
      } else if (c == '?') {
        if (next >= parameters.size()) {
          throw new IllegalArgumentException("statement has more placeholders than its " + parameters.size()
              + " parameters: " + sql);
        }
        b.append(dialect.literal(parameters.get(next++)));
      } else {
        b.append(c);
      }
    }
    if (next != parameters.size()) {
      throw new IllegalArgumentException("statement has " + next + " placeholders for " + parameters.size()
          + " parameters: " + sql);
    }
    return b.toString();
  }

  /** The script written so far. */
  public String script() {
    return out.toString();
  }
}
