package dev.retort.ops;

/**
 * Exhaustive dispatch over {@link Op}: adding an operation breaks every visitor at compile time, so no
 * dialect, renderer or replay can silently ignore it.
 */
public interface OpVisitor<R> {
  R visitCreateTable(CreateTable op);

  R visitDropTable(DropTable op);

  R visitRenameTable(RenameTable op);

  R visitAddColumn(AddColumn op);

  R visitDropColumn(DropColumn op);

  R visitRenameColumn(RenameColumn op);

  R visitAlterColumn(AlterColumn op);

  R visitAddPrimaryKey(AddPrimaryKey op);

  R visitDropPrimaryKey(DropPrimaryKey op);

  R visitCreateIndex(CreateIndex op);

  R visitDropIndex(DropIndex op);

  R visitAddUniqueConstraint(AddUniqueConstraint op);

  R visitDropUniqueConstraint(DropUniqueConstraint op);

  R visitAddForeignKey(AddForeignKey op);

  R visitDropForeignKey(DropForeignKey op);

  R visitAddCheckConstraint(AddCheckConstraint op);

  R visitDropCheckConstraint(DropCheckConstraint op);

  R visitCreateSequence(CreateSequence op);

  R visitDropSequence(DropSequence op);

  R visitExecute(Execute op);

  R visitInsertRows(InsertRows op);

  R visitUpdateRows(UpdateRows op);
}
