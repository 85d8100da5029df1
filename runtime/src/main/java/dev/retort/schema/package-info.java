/**
 * The schema model: tables, columns, keys, indexes and sequences as immutable values with dialect-neutral
 * column types. No JDBC here; the model is what the processor diffs, what revisions build and what the
 * dialects render.
 */
package dev.retort.schema;
