/**
 * The one vocabulary of schema changes: the {@link dev.retort.ops.Op} records that the processor's diff
 * produces, that revisions record by calling {@link dev.retort.ops.Ops}, and that dialects render to SQL.
 */
package dev.retort.ops;
