/**
 * The one place SQL leaves Retort: a {@link dev.retort.runtime.sql.SqlSink} either executes a revision's
 * statements on a connection ({@link dev.retort.runtime.sql.JdbcSink}) or writes them into the offline script
 * ({@link dev.retort.runtime.sql.ScriptSink}). The migrator produces the same {@link dev.retort.runtime.sql.SqlBatch}
 * values for both, so {@code --sql} shows exactly what an online upgrade runs. Sinks execute or print; they never
 * render.
 */
package dev.retort.runtime.sql;
