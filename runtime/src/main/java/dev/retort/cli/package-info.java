/**
 * The command line: {@link dev.retort.cli.Main} parses arguments by hand (the runtime depends on the JDK only),
 * opens connections through {@link java.sql.DriverManager} with the drivers on the application's class path, and
 * runs one verb class per command. Not API: use {@link dev.retort.runtime.Retort} from code.
 */
package dev.retort.cli;
