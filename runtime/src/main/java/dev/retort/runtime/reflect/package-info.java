/**
 * Reflection of a live database into the schema model, for {@code check()}: {@link
 * dev.retort.runtime.reflect.SchemaReader} reads the tables, columns, keys, indexes, constraints and sequences
 * of the connection's current schema, skipping Retort's own {@code retort_*} tables. Compare what it reads with
 * {@link dev.retort.runtime.dialect.Dialect#normalize} of the promised schema, never with the promised schema
 * itself: databases forget some facts (see each reader's documentation).
 */
package dev.retort.runtime.reflect;
