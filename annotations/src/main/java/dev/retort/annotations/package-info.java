/**
 * The few annotations Retort adds to Jakarta Persistence: {@link dev.retort.annotations.Revision} marks a
 * revision class, {@link dev.retort.annotations.RenamedFrom} tells the processor that a table or column was
 * renamed rather than dropped and re-added, and {@link dev.retort.annotations.DbDefault} gives a column a
 * database-side default.
 */
package dev.retort.annotations;
