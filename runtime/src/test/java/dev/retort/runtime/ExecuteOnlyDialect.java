package dev.retort.runtime;

import dev.retort.ops.Execute;
import dev.retort.ops.InsertRows;
import dev.retort.ops.Op;
import dev.retort.runtime.dialect.Dialect;
import dev.retort.runtime.dialect.Statement;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * A test dialect that renders only raw SQL and row inserts, so that the engine's tests do not depend on how
 * schema operations are rendered: that is the dialects' concern and has its own tests.
 */
final class ExecuteOnlyDialect implements Dialect {
  private final String name;

  ExecuteOnlyDialect(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  @Override
  public String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  @Override
  public String typeSql(ColumnType type) {
    return switch (type.kind()) {
      case VARCHAR -> "VARCHAR(" + type.length() + ")";
      case INTEGER -> "INTEGER";
      case BIGINT -> "BIGINT";
      case BOOLEAN -> "BOOLEAN";
      case CLOB -> "TEXT";
      default -> throw new IllegalArgumentException("type " + type + " is not needed by the engine's tests");
    };
  }

  @Override
  public String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    }
    if (value instanceof Number) {
      return value.toString();
    }
    return "'" + value.toString().replace("'", "''") + "'";
  }

  @Override
  public List<Statement> render(Op op, Schema before) {
    if (op instanceof Execute e) {
      return List.of(Statement.of(e.sqlFor(name)));
    }
    if (op instanceof InsertRows i) {
      List<Statement> out = new ArrayList<>();
      String columns = String.join(", ", i.columns().stream().map(this::quote).toList());
      String marks = String.join(", ", i.columns().stream().map(c -> "?").toList());
      for (List<Object> row : i.rows()) {
        out.add(new Statement("INSERT INTO " + quote(i.table()) + " (" + columns + ") VALUES (" + marks + ")", row,
            Statement.Kind.TRANSACTIONAL));
      }
      return out;
    }
    throw new UnsupportedOperationException(op.getClass().getSimpleName() + " is not rendered by this test dialect");
  }
}
