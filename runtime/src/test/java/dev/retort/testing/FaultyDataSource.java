package dev.retort.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A JDBC wrapper around a real data source that sees every statement the runtime executes, on every connection
 * it opens: it counts them, records their SQL, and can fail or block at one of them. A "statement" is one
 * {@code execute*} call or one {@code Connection.commit()}; {@code COMMIT} sent as SQL counts the same way.
 *
 * <p>Failing <em>before</em> statement N means the database never sees it; failing <em>after</em> it means the
 * database ran it but the client hears an error (a connection lost at the worst moment). It also counts the
 * connections taken: a boot's round trips are counted with it too.
 */
public final class FaultyDataSource implements DataSource {
  /** What to do at the statement the hook picks. */
  public enum Fault { NONE, FAIL_BEFORE, FAIL_AFTER }

  /** Called before each statement with its 1-based number and SQL ({@code "COMMIT"} for a commit call). */
  public interface Hook {
    Fault before(int number, String sql) throws SQLException;
  }

  private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
      "executeBatch", "executeLargeBatch");

  private final DataSource delegate;
  private final AtomicInteger count = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();
  private final List<String> executed = Collections.synchronizedList(new ArrayList<>());
  private volatile Hook hook = (n, sql) -> Fault.NONE;

  public FaultyDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  /** Fails at exactly statement {@code n} (counted from now), before or after the database runs it. */
  public FaultyDataSource failAt(int n, Fault fault) {
    reset();
    hook = (number, sql) -> number == n ? fault : Fault.NONE;
    return this;
  }

  public FaultyDataSource hook(Hook value) {
    hook = value;
    return this;
  }

  /** Stops failing and starts counting from zero. */
  public FaultyDataSource reset() {
    count.set(0);
    connections.set(0);
    executed.clear();
    hook = (n, sql) -> Fault.NONE;
    return this;
  }

  /** Statements run (or attempted) since the last reset. */
  public int count() {
    return count.get();
  }

  /** Connections taken since the last reset. */
  public int connections() {
    return connections.get();
  }

  /** The SQL of every statement run since the last reset, in order. */
  public List<String> executed() {
    synchronized (executed) {
      return List.copyOf(executed);
    }
  }

  public static SQLException injected(int number, String sql) {
    return new SQLException("injected failure at statement " + number + " (" + sql + ")", "58000");
  }

  private Object statement(Connection connection, String sql, Method method, Object[] args, Object target)
      throws Throwable {
    int number = count.incrementAndGet();
    executed.add(sql);
    Fault fault = hook.before(number, sql);
    if (fault == Fault.FAIL_BEFORE) {
      throw injected(number, sql);
    }
    Object result = invoke(target, method, args);
    if (fault == Fault.FAIL_AFTER) {
      throw injected(number, sql);
    }
    return result;
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private Connection wrap(Connection real) {
    InvocationHandler handler = (proxy, method, args) -> {
      switch (method.getName()) {
        case "commit":
          return statement(real, "COMMIT", method, args, real);
        case "createStatement":
          return wrapStatement(real, (Statement) invoke(real, method, args), null, Statement.class);
        case "prepareStatement":
          return wrapStatement(real, (Statement) invoke(real, method, args), (String) args[0],
              PreparedStatement.class);
        case "unwrap":
          return ((Class<?>) args[0]).isInstance(proxy) ? proxy : real.unwrap((Class<?>) args[0]);
        default:
          return invoke(real, method, args);
      }
    };
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        handler);
  }

  private Object wrapStatement(Connection connection, Statement real, String preparedSql, Class<?> type) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (EXECUTE.contains(method.getName())) {
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s
            : preparedSql != null ? preparedSql : "(batch)";
        return statement(connection, sql, method, args, real);
      }
      return invoke(real, method, args);
    };
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
  }

  @Override
  public Connection getConnection() throws SQLException {
    connections.incrementAndGet();
    return wrap(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    connections.incrementAndGet();
    return wrap(delegate.getConnection(username, password));
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
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate.isWrapperFor(iface);
  }
}
