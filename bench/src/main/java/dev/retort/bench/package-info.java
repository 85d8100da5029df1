/**
 * Benchmarks that measure Retort against its floor (the same work by hand with plain JDBC or plain javac) in the
 * same run, alternating the two, and report medians, spread and ratios. Not API; not part of the test run.
 */
package dev.retort.bench;
