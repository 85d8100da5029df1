package dev.retort.runtime;

/**
 * The offline script {@link Retort#sql} wrote.
 *
 * @param from the starting target as given
 * @param to the end target as given
 * @param script the SQL, one statement per line, version-table statements included
 */
public record SqlResult(String from, String to, String script) {}
