package dev.retort.runtime.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Chooses the {@link Dialect} for a database from an explicit list of the supported ones: by JDBC URL prefix,
 * by {@link DatabaseMetaData#getDatabaseProductName()}, or by dialect name. Adding a database is one entry here
 * and one dialect class.
 *
 * <pre>{@code
 * Dialect d = Dialects.forUrl("jdbc:sqlite:app.db");
 * Dialect d = Dialects.forDataSource(dataSource);
 * }</pre>
 *
 * <p>An unsupported database is refused with {@link IllegalArgumentException} naming what was found and the
 * supported databases.
 */
public final class Dialects {
  private Dialects() {}

  /** One supported database: its dialect name, product name, URL prefix and how to make its dialect. */
  private record Entry(String name, String productName, String urlPrefix, Function<String, Dialect> factory) {}

  private static final List<Entry> SUPPORTED = List.of(
      new Entry("sqlite", "SQLite", "jdbc:sqlite:", v -> v == null ? new SqliteDialect() : new SqliteDialect(v)),
      new Entry("postgresql", "PostgreSQL", "jdbc:postgresql:", v -> new PostgresDialect()));

  /** The names of the supported dialects, e.g. {@code [sqlite, postgresql]}. */
  public static List<String> names() {
    return SUPPORTED.stream().map(Entry::name).toList();
  }

  private static String supported() {
    return SUPPORTED.stream().map(e -> e.productName() + " (" + e.urlPrefix() + "...)")
        .collect(Collectors.joining(", "));
  }

  /** The dialect named {@code name} ({@code sqlite}, {@code postgresql}), e.g. for an offline script. */
  public static Dialect named(String name) {
    for (Entry e : SUPPORTED) {
      if (e.name().equalsIgnoreCase(name)) {
        return e.factory().apply(null);
      }
    }
    throw new IllegalArgumentException(
        "no dialect named '" + name + "'; supported: " + String.join(", ", names()));
  }

  /** The dialect for a JDBC URL, chosen by its prefix. */
  public static Dialect forUrl(String jdbcUrl) {
    String lower = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
    for (Entry e : SUPPORTED) {
      if (lower.startsWith(e.urlPrefix())) {
        return e.factory().apply(null);
      }
    }
    throw new IllegalArgumentException("Retort does not support the database at " + redact(jdbcUrl)
        + "; supported: " + supported());
  }

  /** The dialect for a product name and version as {@link DatabaseMetaData} reports them. */
  public static Dialect forProduct(String productName, String productVersion) {
    for (Entry e : SUPPORTED) {
      if (e.productName().equalsIgnoreCase(productName)) {
        return e.factory().apply(productVersion);
      }
    }
    throw new IllegalArgumentException("Retort does not support " + productName + " " + productVersion
        + "; supported: " + supported());
  }

  /** The dialect for a connected database, from its metadata (the URL is named in the error if unsupported). */
  public static Dialect forMetaData(DatabaseMetaData metaData) throws SQLException {
    String product = metaData.getDatabaseProductName();
    for (Entry e : SUPPORTED) {
      if (e.productName().equalsIgnoreCase(product)) {
        return e.factory().apply(metaData.getDatabaseProductVersion());
      }
    }
    throw new IllegalArgumentException("Retort does not support " + product + " "
        + metaData.getDatabaseProductVersion() + " at " + redact(metaData.getURL()) + "; supported: " + supported());
  }

  /** The dialect for the database behind {@code dataSource}; opens and closes one connection. */
  public static Dialect forDataSource(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return forMetaData(c.getMetaData());
    }
  }

  /** The URL without its query string, where drivers accept passwords. */
  private static String redact(String url) {
    if (url == null) {
      return "(no URL)";
    }
    int q = url.indexOf('?');
    String base = q < 0 ? url : url.substring(0, q) + "?...";
    return base.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***");
  }
}
