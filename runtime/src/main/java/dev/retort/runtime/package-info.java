/**
 * The engine: the {@link dev.retort.runtime.Retort} facade, the revision graph and planner, the version tables,
 * locking and the migrator.
 */
package dev.retort.runtime;
