package dev.retort.sample.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;

/**
 * Where the sample's database is: {@code DATABASE_URL} (a JDBC URL, with {@code DATABASE_USER} and
 * {@code DATABASE_PASSWORD}) when set, else a SQLite file {@code retort-sample.db} in the working directory.
 */
record DatabaseConfig(String url, String user, String password) {
  static final String DEFAULT_URL = "jdbc:sqlite:retort-sample.db";

  static DatabaseConfig fromEnvironment(Map<String, String> env) {
    String url = env.getOrDefault("DATABASE_URL", "");
    return new DatabaseConfig(url.isBlank() ? DEFAULT_URL : url, env.get("DATABASE_USER"), env.get("DATABASE_PASSWORD"));
  }

  boolean sqlite() {
    return url.startsWith("jdbc:sqlite:");
  }

  HikariDataSource open() {
    HikariConfig config = new HikariConfig();
    config.setPoolName("todo");
    if (sqlite()) {
      // SQLite enforces foreign keys only when asked to, per connection.
      config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "foreign_keys=on&busy_timeout=10000");
      config.setMaximumPoolSize(2);
    } else {
      config.setJdbcUrl(url);
      config.setMaximumPoolSize(4);
    }
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    return new HikariDataSource(config);
  }

  /** The URL without credentials, for printing. */
  String describe() {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
