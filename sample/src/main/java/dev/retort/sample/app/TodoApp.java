package dev.retort.sample.app;

import com.zaxxer.hikari.HikariDataSource;
import dev.retort.runtime.AppliedRevision;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionInfo;
import dev.retort.runtime.UpgradeResult;
import java.time.Clock;
import java.util.List;

/**
 * Boots the todo service: applies pending schema revisions with Retort, then creates users and todos, shares
 * one, soft-deletes one, and prints what each user sees and the database's current revision.
 *
 * <pre>
 * mvn -B -q -pl sample -am -DskipTests package exec:java            (SQLite: retort-sample.db)
 * DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/test DATABASE_USER=postgres mvn ... exec:java
 * </pre>
 */
public final class TodoApp {
  private TodoApp() {}

  public static void main(String[] args) throws Exception {
    DatabaseConfig config = DatabaseConfig.fromEnvironment(System.getenv());
    System.out.println("database: " + config.describe());
    try (HikariDataSource dataSource = config.open()) {
      Retort retort = Retort.configure().dataSource(dataSource).load();
      UpgradeResult upgrade = retort.upgrade("head");
      if (upgrade.applied().isEmpty()) {
        System.out.println("schema: up to date");
      }
      for (AppliedRevision r : upgrade.applied()) {
        System.out.println("applied revision " + r.revision() + ": " + r.message());
      }
      for (RevisionInfo head : retort.current().heads()) {
        System.out.println("database revision: " + head.id() + " (" + head.message() + ")");
      }
      run(new TodoService(dataSource, Clock.systemUTC()));
    }
  }

  static void run(TodoService todos) throws Exception {
    String tag = Long.toString(System.nanoTime(), 36);
    long alice = todos.createUser("alice+" + tag + "@example.com", "Alice");
    long bob = todos.createUser("bob+" + tag + "@example.com", "Bob");
    long groceries = todos.createTodo(alice, "Buy groceries", "milk, bread, coffee");
    long taxes = todos.createTodo(alice, "File taxes", null);
    todos.createTodo(alice, "Call the plumber", "kitchen sink");
    todos.share(alice, groceries, bob, "WRITE");
    todos.softDelete(alice, taxes);
    List<String> aliceSees = todos.visibleTitles(alice);
    List<String> bobSees = todos.visibleTitles(bob);
    System.out.println("alice sees: " + aliceSees);
    System.out.println("bob sees (shared with him): " + bobSees);
    System.out.println("rows: users=" + todos.count("users") + " todos=" + todos.count("todos")
        + " todo_shares=" + todos.count("todo_shares") + " audit_logs=" + todos.count("audit_logs"));
  }
}
