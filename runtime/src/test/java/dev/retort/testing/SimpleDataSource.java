package dev.retort.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that opens a new {@link DriverManager} connection per call and remembers each one, so
 * that {@link #openConnections()} can report connections a test forgot to close and {@link #leakedStatements()}
 * the statements it left open when it closed their connection (harmless with a plain connection, a leak with a
 * pooled one). Connections are the driver's own, behind a {@link Proxy} that only counts; {@code unwrap} reaches
 * the driver's class.
 */
public final class SimpleDataSource implements DataSource {
  private final String url;
  private final String user;
  private final String password;
  private final List<Connection> handedOut = new ArrayList<>();
  private PrintWriter logWriter;
  private int loginTimeout;

  public SimpleDataSource(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  public String url() {
    return url;
  }

  /** The same database, with one more parameter in the URL ({@code name=value}, URL-encoded). */
  public SimpleDataSource withUrlParameter(String parameter) {
    return new SimpleDataSource(url + (url.contains("?") ? "&" : "?") + parameter, user, password);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    Connection raw = username == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, username, pass);
    Connection c = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, new Tracking(raw));
    synchronized (handedOut) {
      handedOut.add(c);
    }
    return c;
  }

  /** Statements left open when their connection was closed, described by their class. */
  public List<String> leakedStatements() {
    synchronized (leaked) {
      return List.copyOf(leaked);
    }
  }

  private final List<String> leaked = new ArrayList<>();

  /** Counts the statements a connection creates and notes those still open when it is closed. */
  private final class Tracking implements InvocationHandler {
    private final Connection raw;
    private final List<Statement> statements = new ArrayList<>();

    Tracking(Connection raw) {
      this.raw = raw;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getName().equals("close") && !raw.isClosed()) {
        for (Statement s : statements) {
          if (!s.isClosed()) {
            synchronized (leaked) {
              leaked.add(s.getClass().getSimpleName());
            }
          }
        }
      }
      Object result;
      try {
        result = method.invoke(raw, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (result instanceof Statement s) {
        statements.add(s);
      }
      return result;
    }
  }

  /** How many connections this data source handed out that are still open. */
  public int openConnections() throws SQLException {
    synchronized (handedOut) {
      int open = 0;
      for (Connection c : handedOut) {
        if (!c.isClosed()) {
          open++;
        }
      }
      return open;
    }
  }

  /** Closes every connection still open; returns how many there were. */
  int closeAll() throws SQLException {
    synchronized (handedOut) {
      int open = 0;
      for (Connection c : handedOut) {
        if (!c.isClosed()) {
          open++;
          c.close();
        }
      }
      handedOut.clear();
      return open;
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper for " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
