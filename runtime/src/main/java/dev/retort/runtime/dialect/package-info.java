/**
 * Dialects render operations to SQL for one database each; they never execute anything. {@link
 * dev.retort.runtime.dialect.Dialects} chooses one from an explicit list ({@link
 * dev.retort.runtime.dialect.SqliteDialect}, {@link dev.retort.runtime.dialect.PostgresDialect}); each renders
 * every operation to {@link dev.retort.runtime.dialect.Statement}s marked with where they run (inside the
 * revision's transaction, outside it, before or after it, or as a query that must return nothing), and says
 * through {@link dev.retort.runtime.dialect.Dialect#normalize} how a live database built from a schema will
 * reflect it. Adding a database is one dialect class, one entry in {@code Dialects} and one schema reader.
 */
package dev.retort.runtime.dialect;
