/**
 * Test support shared by the runtime's tests: fresh real databases (a SQLite temp file, a PostgreSQL schema)
 * with a plain {@link javax.sql.DataSource} and a connection leak check. Test code only; not API.
 */
package dev.retort.testing;
