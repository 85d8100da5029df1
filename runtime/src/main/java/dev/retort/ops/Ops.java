package dev.retort.ops;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The operations API that revisions call. Each method records one {@link Op}, named like the method
 * ({@code addColumn} records {@link AddColumn}); nothing touches the database here. The runtime renders the
 * recorded operations for the database at hand, so a revision stays dialect-neutral: on SQLite an
 * {@code alterColumn} becomes a table rebuild without the revision saying so.
 *
 * <pre>{@code
 * ops.addColumn("todos", Column.of("deleted_at", ColumnType.timestampTz(6)));
 * ops.updateRows("todos", Map.of("is_deleted", false), "is_deleted IS NULL");
 * }</pre>
 */
public final class Ops {
  private final List<Op> recorded = new ArrayList<>();

  /** The operations recorded so far, in call order. */
  public List<Op> recorded() {
    return Collections.unmodifiableList(recorded);
  }

  /** Records any operation; the named methods below are the readable form. */
  public Ops add(Op op) {
    recorded.add(op);
    return this;
  }

  /** Records the operations a migration's upgrade calls. */
  public static List<Op> upgradeOf(Migration migration) {
    Ops ops = new Ops();
    migration.upgrade(ops);
    return ops.recorded();
  }

  /** Records the operations a migration's downgrade calls. */
  public static List<Op> downgradeOf(Migration migration) {
    Ops ops = new Ops();
    migration.downgrade(ops);
    return ops.recorded();
  }

  public void createTable(Table table) {
    add(new CreateTable(table));
  }

  /** Drops a table; pass its full definition so that the downgrade can recreate it. */
  public void dropTable(Table table) {
    add(new DropTable(table));
  }

  public void renameTable(String from, String to) {
    add(new RenameTable(from, to));
  }

  public void addColumn(String table, Column column) {
    add(new AddColumn(table, column));
  }

  public void dropColumn(String table, Column column) {
    add(new DropColumn(table, column));
  }

  public void renameColumn(String table, String from, String to) {
    add(new RenameColumn(table, from, to));
  }

  /** Changes a column from one definition to another of the same name. */
  public void alterColumn(String table, Column from, Column to) {
    add(new AlterColumn(table, from, to));
  }

  public void addPrimaryKey(String table, PrimaryKey primaryKey) {
    add(new AddPrimaryKey(table, primaryKey));
  }

  public void dropPrimaryKey(String table, PrimaryKey primaryKey) {
    add(new DropPrimaryKey(table, primaryKey));
  }

  public void createIndex(String table, Index index) {
    add(new CreateIndex(table, index, false));
  }

  /** PostgreSQL {@code CREATE INDEX CONCURRENTLY}: the revision runs outside a transaction. Elsewhere a plain index. */
  public void createIndexConcurrently(String table, Index index) {
    add(new CreateIndex(table, index, true));
  }

  public void dropIndex(String table, Index index) {
    add(new DropIndex(table, index, false));
  }

  public void dropIndexConcurrently(String table, Index index) {
    add(new DropIndex(table, index, true));
  }

  public void addUniqueConstraint(String table, UniqueConstraint constraint) {
    add(new AddUniqueConstraint(table, constraint));
  }

  public void dropUniqueConstraint(String table, UniqueConstraint constraint) {
    add(new DropUniqueConstraint(table, constraint));
  }

  public void addForeignKey(String table, ForeignKey foreignKey) {
    add(new AddForeignKey(table, foreignKey));
  }

  public void dropForeignKey(String table, ForeignKey foreignKey) {
    add(new DropForeignKey(table, foreignKey));
  }

  public void addCheckConstraint(String table, CheckConstraint check) {
    add(new AddCheckConstraint(table, check));
  }

  public void dropCheckConstraint(String table, CheckConstraint check) {
    add(new DropCheckConstraint(table, check));
  }

  public void createSequence(Sequence sequence) {
    add(new CreateSequence(sequence));
  }

  public void dropSequence(Sequence sequence) {
    add(new DropSequence(sequence));
  }

  /** Raw SQL, run as written on every dialect. */
  public void execute(String sql) {
    add(new Execute(sql, Map.of()));
  }

  /** Raw SQL with per-dialect variants, keyed by dialect name ({@code "sqlite"}, {@code "postgresql"}). */
  public void execute(String sql, Map<String, String> variants) {
    add(new Execute(sql, variants));
  }

  /** Inserts rows; build each with {@link #row(Object...)}. */
  public void insertRows(String table, List<String> columns, List<List<Object>> rows) {
    add(new InsertRows(table, columns, rows));
  }

  /** {@code UPDATE table SET k = v ... WHERE where}, values and parameters bound; a null {@code where} updates every row. */
  public void updateRows(String table, Map<String, Object> values, String where, Object... whereParameters) {
    add(new UpdateRows(table, values, where, Arrays.asList(whereParameters)));
  }

  /** One row of values for {@link #insertRows}; nulls allowed. */
  public static List<Object> row(Object... values) {
    return Collections.unmodifiableList(Arrays.asList(values.clone()));
  }
}
