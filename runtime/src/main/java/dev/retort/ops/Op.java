package dev.retort.ops;

/**
 * One schema or data operation. Every schema operation carries enough to be reversed and rendered without a
 * live database (a drop carries the dropped definition); {@link #reverse()} gives the operation that undoes
 * it. Raw SQL and data operations have no automatic reverse.
 */
public sealed interface Op
    permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, RenameColumn, AlterColumn,
        AddPrimaryKey, DropPrimaryKey, CreateIndex, DropIndex, AddUniqueConstraint, DropUniqueConstraint,
        AddForeignKey, DropForeignKey, AddCheckConstraint, DropCheckConstraint, CreateSequence, DropSequence,
        Execute, InsertRows, UpdateRows {

  <R> R accept(OpVisitor<R> visitor);

  /** The operation that undoes this one. */
  Op reverse();

  /** Whether {@link #reverse()} is defined. */
  default boolean reversible() {
    return true;
  }

  /** Whether this operation may lose data (drops, narrowing changes); flagged in generated code. */
  default boolean destructive() {
    return false;
  }

  /** Whether this operation must run outside a transaction (e.g. PostgreSQL {@code CREATE INDEX CONCURRENTLY}). */
  default boolean nonTransactional() {
    return false;
  }
}
