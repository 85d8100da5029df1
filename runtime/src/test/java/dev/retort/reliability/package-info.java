/**
 * Reliability tests (issue 7): many migrators at once in separate processes, processes killed while they hold
 * the lock, a failure injected at every statement of a long revision chain, connection settings restored, edited
 * and reordered revisions refused, hostile identifiers, a fuzzed revision graph and passwords kept out of every
 * output. Every test runs against real SQLite files and the real PostgreSQL server; the only stand-in is
 * {@link dev.retort.testing.FaultyDataSource}, a JDBC wrapper that counts, traces, fails or blocks statements.
 * Test code, not API.
 */
package dev.retort.reliability;
