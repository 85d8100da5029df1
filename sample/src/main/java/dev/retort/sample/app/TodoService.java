package dev.retort.sample.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The todo service's operations, in plain JDBC over the schema Retort's revisions built. */
final class TodoService {
  private final DataSource dataSource;
  private final Clock clock;

  TodoService(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  long createUser(String email, String displayName) throws SQLException {
    long id = insert("INSERT INTO users (email, display_name, created_at) VALUES (?, ?, ?) RETURNING id",
        email, displayName, now());
    audit(id, "create", "user", id, email);
    return id;
  }

  long createTodo(long ownerId, String title, String description) throws SQLException {
    long id = insert("INSERT INTO todos (owner_id, title, description, done, is_deleted, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id", ownerId, title, description, false, false, now());
    audit(ownerId, "create", "todo", id, title);
    return id;
  }

  void share(long actorId, long todoId, long userId, String permission) throws SQLException {
    long id = insert("INSERT INTO todo_shares (todo_id, user_id, permission, created_at) VALUES (?, ?, ?, ?) RETURNING id",
        todoId, userId, permission, now());
    audit(actorId, "share", "todo", todoId, "share " + id + " with user " + userId + " (" + permission + ")");
  }

  void softDelete(long actorId, long todoId) throws SQLException {
    update("UPDATE todos SET is_deleted = ?, deleted_at = ? WHERE id = ?", true, now(), todoId);
    audit(actorId, "soft-delete", "todo", todoId, null);
  }

  /** Titles of the todos a user owns or was shared, not soft-deleted. */
  List<String> visibleTitles(long userId) throws SQLException {
    String sql = "SELECT t.title FROM todos t WHERE t.is_deleted = ? AND (t.owner_id = ?"
        + " OR EXISTS (SELECT 1 FROM todo_shares s WHERE s.todo_id = t.id AND s.user_id = ?)) ORDER BY t.id";
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, false, userId, userId);
      List<String> titles = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          titles.add(rs.getString(1));
        }
      }
      return titles;
    }
  }

  long count(String table) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void audit(long actorId, String action, String entityType, long entityId, String details) throws SQLException {
    insert("INSERT INTO audit_logs (actor_id, action, entity_type, entity_id, details, occurred_at)"
        + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id", actorId, action, entityType, entityId, details, now());
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private long insert(String sql, Object... values) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, values);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private void update(String sql, Object... values) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, values);
      ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      ps.setObject(i + 1, values[i]);
    }
  }
}
