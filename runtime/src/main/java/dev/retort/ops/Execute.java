package dev.retort.ops;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Raw SQL, run as written. {@code variants} maps a dialect name ({@code "sqlite"}, {@code "postgresql"}) to the
 * SQL to run there instead of {@code sql}. Raw SQL has no automatic reverse: write the downgrade by hand.
 */
public record Execute(String sql, Map<String, String> variants) implements Op {
  public Execute {
    Objects.requireNonNull(sql, "sql");
    variants = java.util.Collections.unmodifiableMap(new TreeMap<>(variants));
  }

  /** The SQL for the named dialect: its variant if there is one, else {@link #sql()}. */
  public String sqlFor(String dialect) {
    return variants.getOrDefault(dialect, sql);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitExecute(this);
  }

  @Override
  public boolean reversible() {
    return false;
  }

  @Override
  public Op reverse() {
    throw new IllegalStateException("execute(\"" + sql + "\") has no automatic reverse; write the downgrade by hand");
  }
}
