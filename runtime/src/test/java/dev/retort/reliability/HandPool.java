package dev.retort.reliability;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A connection pool of fixed size made by hand, stricter than a real one: a returned connection is handed out
 * again exactly as it was given back (no reset of autocommit, isolation or session settings), so whatever a
 * caller leaves changed is seen by the next one. When every connection is in use it fails at once.
 */
final class HandPool implements DataSource {
  private final DataSource physical;
  private final int size;
  private final List<Connection> all = new ArrayList<>();
  private final Deque<Connection> idle = new ArrayDeque<>();

  HandPool(DataSource physical, int size) {
    this.physical = physical;
    this.size = size;
  }

  /** Every physical connection the pool has opened so far. */
  synchronized List<Connection> physicalConnections() {
    return List.copyOf(all);
  }

  /** Opens every connection up front, so that tests can configure each before handing the pool out. */
  synchronized List<Connection> fill() throws SQLException {
    while (all.size() < size) {
      Connection c = physical.getConnection();
      all.add(c);
      idle.add(c);
    }
    return List.copyOf(all);
  }

  synchronized int inUse() {
    return all.size() - idle.size();
  }

  @Override
  public synchronized Connection getConnection() throws SQLException {
    Connection c = idle.poll();
    if (c == null) {
      if (all.size() == size) {
        throw new SQLException("pool exhausted: all " + size + " connection(s) are in use", "08001");
      }
      c = physical.getConnection();
      all.add(c);
    }
    return lease(c);
  }

  private Connection lease(Connection real) {
    boolean[] closed = {false};
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close":
              synchronized (this) {
                if (!closed[0]) {
                  closed[0] = true;
                  idle.add(real);
                }
              }
              return null;
            case "isClosed":
              return closed[0] || real.isClosed();
            case "abort":
              closed[0] = true;
              synchronized (this) {
                all.remove(real);
              }
              real.abort(Runnable::run);
              return null;
            default:
              if (closed[0]) {
                throw new SQLException("connection already returned to the pool");
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
          }
        });
  }

  synchronized void closeAll() throws SQLException {
    for (Connection c : all) {
      c.close();
    }
    all.clear();
    idle.clear();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("a pool hands out its own user's connections");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
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
