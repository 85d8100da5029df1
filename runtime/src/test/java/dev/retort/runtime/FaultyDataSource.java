package dev.retort.runtime;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Wraps a real data source, counts every statement executed through it, and can make the N-th one fail before it
 * reaches the database: the failure injection of the reliability tests, and the round-trip count of a boot.
 */
final class FaultyDataSource implements DataSource {
  private final DataSource delegate;
  private final AtomicInteger executed = new AtomicInteger();
  private final int failAt;

  FaultyDataSource(DataSource delegate, int failAt) {
    this.delegate = delegate;
    this.failAt = failAt;
  }

  /** Statements executed (or attempted) so far. */
  int executed() {
    return executed.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return wrap(delegate.getConnection(user, password));
  }

  private Connection wrap(Connection connection) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = invoke(connection, method, args);
          if (result instanceof Statement s) {
            Class<?> type = method.getReturnType();
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, statement(s));
          }
          return result;
        });
  }

  private InvocationHandler statement(Statement statement) {
    return (proxy, method, args) -> {
      if (method.getName().startsWith("execute")) {
        int n = executed.incrementAndGet();
        if (n == failAt) {
          throw new SQLException("injected failure at statement " + n, "XX000");
        }
      }
      return invoke(statement, method, args);
    };
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return delegate.isWrapperFor(type);
  }
}
