package dev.retort.schema;

import java.util.Objects;

/**
 * One column of a table.
 *
 * <pre>{@code
 * Column.of("title", ColumnType.varchar(200)).notNull()
 * Column.of("is_deleted", ColumnType.BOOLEAN).notNull().defaultValue("false")
 * }</pre>
 *
 * @param name the column name, exactly as in the database (dialects quote it)
 * @param type the dialect-neutral type
 * @param nullable whether NULL is allowed
 * @param defaultValue an SQL default expression, or null for none
 * @param identity whether the database generates the value (identity / autoincrement)
 * @param comment a column comment, or null
 */
public record Column(
    String name, ColumnType type, boolean nullable, String defaultValue, boolean identity, String comment) {

  public Column {
    Names.require(name, "column name");
    Objects.requireNonNull(type, "type of column " + name);
  }

  /** A nullable column with no default. */
  public static Column of(String name, ColumnType type) {
    return new Column(name, type, true, null, false, null);
  }

  public Column notNull() {
    return new Column(name, type, false, defaultValue, identity, comment);
  }

  public Column nullable(boolean value) {
    return new Column(name, type, value, defaultValue, identity, comment);
  }

  public Column defaultValue(String sql) {
    return new Column(name, type, nullable, sql, identity, comment);
  }

  /** A database-generated key column (identity / autoincrement); implies NOT NULL. */
  public Column asIdentity() {
    return new Column(name, type, false, defaultValue, true, comment);
  }

  public Column comment(String text) {
    return new Column(name, type, nullable, defaultValue, identity, text);
  }

  public Column withName(String newName) {
    return new Column(newName, type, nullable, defaultValue, identity, comment);
  }

  public Column withType(ColumnType newType) {
    return new Column(name, newType, nullable, defaultValue, identity, comment);
  }
}
