package dev.retort.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.Execute;
import dev.retort.ops.InsertRows;
import dev.retort.ops.OpVisitor;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.ops.UpdateRows;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;

/**
 * Renders one operation as the {@code Ops} call that records it, e.g. {@code ops.addColumn("todos",
 * Column.of("deleted_at", ColumnType.timestampTz(6)))}, with the model's own builders so that the code reads like
 * hand-written code. The statement has no trailing semicolon; {@link RevisionWriter} adds it.
 */
public final class OpRenderer implements OpVisitor<CodeBlock> {
  static final ClassName TABLE = ClassName.get(Table.class);
  static final ClassName COLUMN = ClassName.get(Column.class);
  static final ClassName COLUMN_TYPE = ClassName.get(ColumnType.class);
  static final ClassName INDEX = ClassName.get(Index.class);
  static final ClassName UNIQUE = ClassName.get(UniqueConstraint.class);
  static final ClassName FOREIGN_KEY = ClassName.get(ForeignKey.class);
  static final ClassName CHECK = ClassName.get(CheckConstraint.class);
  static final ClassName PRIMARY_KEY = ClassName.get(PrimaryKey.class);
  static final ClassName SEQUENCE = ClassName.get(Sequence.class);
  static final ClassName LIST = ClassName.get(List.class);

  private static CodeBlock call(String method, Object... args) {
    CodeBlock.Builder b = CodeBlock.builder().add("ops.$L(", method);
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        b.add(", ");
      }
      b.add(args[i] instanceof CodeBlock c ? "$L" : "$S", args[i]);
    }
    return b.add(")").build();
  }

  @Override
  public CodeBlock visitCreateTable(CreateTable op) {
    return call("createTable", table(op.table()));
  }

  @Override
  public CodeBlock visitDropTable(DropTable op) {
    return call("dropTable", table(op.table()));
  }

  @Override
  public CodeBlock visitRenameTable(RenameTable op) {
    return call("renameTable", op.from(), op.to());
  }

  @Override
  public CodeBlock visitAddColumn(AddColumn op) {
    return call("addColumn", op.table(), column(op.column()));
  }

  @Override
  public CodeBlock visitDropColumn(DropColumn op) {
    return call("dropColumn", op.table(), column(op.column()));
  }

  @Override
  public CodeBlock visitRenameColumn(RenameColumn op) {
    return call("renameColumn", op.table(), op.from(), op.to());
  }

  @Override
  public CodeBlock visitAlterColumn(AlterColumn op) {
    return CodeBlock.builder().add("ops.alterColumn($S,\n$L,\n$L)", op.table(), column(op.from()),
        column(op.to())).build();
  }

  @Override
  public CodeBlock visitAddPrimaryKey(AddPrimaryKey op) {
    return call("addPrimaryKey", op.table(), primaryKeyValue(op.primaryKey()));
  }

  @Override
  public CodeBlock visitDropPrimaryKey(DropPrimaryKey op) {
    return call("dropPrimaryKey", op.table(), primaryKeyValue(op.primaryKey()));
  }

  @Override
  public CodeBlock visitCreateIndex(CreateIndex op) {
    return call(op.concurrently() ? "createIndexConcurrently" : "createIndex", op.table(), index(op.index()));
  }

  @Override
  public CodeBlock visitDropIndex(DropIndex op) {
    return call(op.concurrently() ? "dropIndexConcurrently" : "dropIndex", op.table(), index(op.index()));
  }

  @Override
  public CodeBlock visitAddUniqueConstraint(AddUniqueConstraint op) {
    return call("addUniqueConstraint", op.table(), unique(op.constraint()));
  }

  @Override
  public CodeBlock visitDropUniqueConstraint(DropUniqueConstraint op) {
    return call("dropUniqueConstraint", op.table(), unique(op.constraint()));
  }

  @Override
  public CodeBlock visitAddForeignKey(AddForeignKey op) {
    return call("addForeignKey", op.table(), foreignKey(op.foreignKey()));
  }

  @Override
  public CodeBlock visitDropForeignKey(DropForeignKey op) {
    return call("dropForeignKey", op.table(), foreignKey(op.foreignKey()));
  }

  @Override
  public CodeBlock visitAddCheckConstraint(AddCheckConstraint op) {
    return call("addCheckConstraint", op.table(), check(op.check()));
  }

  @Override
  public CodeBlock visitDropCheckConstraint(DropCheckConstraint op) {
    return call("dropCheckConstraint", op.table(), check(op.check()));
  }

  @Override
  public CodeBlock visitCreateSequence(CreateSequence op) {
    return call("createSequence", sequence(op.sequence()));
  }

  @Override
  public CodeBlock visitDropSequence(DropSequence op) {
    return call("dropSequence", sequence(op.sequence()));
  }

  @Override
  public CodeBlock visitExecute(Execute op) {
    if (!op.variants().isEmpty()) {
      throw new IllegalArgumentException("the diff never emits execute with variants");
    }
    return call("execute", op.sql());
  }

  @Override
  public CodeBlock visitInsertRows(InsertRows op) {
    throw new IllegalArgumentException("the diff never emits insertRows");
  }

  @Override
  public CodeBlock visitUpdateRows(UpdateRows op) {
    throw new IllegalArgumentException("the diff never emits updateRows");
  }

  // ------------------------------------------------------------------------------------------------------ values

  static CodeBlock table(Table t) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.named($S)", TABLE, t.name());
    for (Column c : t.columns()) {
      b.add("\n.column($L)", column(c));
    }
    if (t.primaryKey() != null) {
      if (t.primaryKey().name() == null) {
        b.add("\n.primaryKey($L)", strings(t.primaryKey().columns()));
      } else {
        b.add("\n.primaryKey($L)", primaryKeyValue(t.primaryKey()));
      }
    }
    for (Index i : t.indexes()) {
      b.add("\n.index($L)", index(i));
    }
    for (UniqueConstraint u : t.uniqueConstraints()) {
      b.add("\n.unique($L)", unique(u));
    }
    for (ForeignKey f : t.foreignKeys()) {
      b.add("\n.foreignKey($L)", foreignKey(f));
    }
    for (CheckConstraint c : t.checkConstraints()) {
      b.add("\n.check($L)", check(c));
    }
    if (t.comment() != null) {
      b.add("\n.comment($S)", t.comment());
    }
    return b.add("\n.build()").build();
  }

  static CodeBlock column(Column c) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of($S, $L)", COLUMN, c.name(), type(c.type()));
    if (c.identity()) {
      b.add(".asIdentity()");
      if (c.nullable()) {
        b.add(".nullable(true)");
      }
    } else if (!c.nullable()) {
      b.add(".notNull()");
    }
    if (c.defaultValue() != null) {
      b.add(".defaultValue($S)", c.defaultValue());
    }
    if (c.comment() != null) {
      b.add(".comment($S)", c.comment());
    }
    return b.build();
  }

  static CodeBlock type(ColumnType t) {
    switch (t.kind()) {
      case VARCHAR: return CodeBlock.of("$T.varchar($L)", COLUMN_TYPE, t.length());
      case CHAR: return CodeBlock.of("$T.fixedChar($L)", COLUMN_TYPE, t.length());
      case BINARY: return CodeBlock.of("$T.binary($L)", COLUMN_TYPE, t.length());
      case VARBINARY: return CodeBlock.of("$T.varbinary($L)", COLUMN_TYPE, t.length());
      case DECIMAL: return CodeBlock.of("$T.decimal($L, $L)", COLUMN_TYPE, t.precision(), t.scale());
      case TIME: return CodeBlock.of("$T.time($L)", COLUMN_TYPE, t.precision());
      case TIME_TZ: return CodeBlock.of("$T.timeTz($L)", COLUMN_TYPE, t.precision());
      case TIMESTAMP: return CodeBlock.of("$T.timestamp($L)", COLUMN_TYPE, t.precision());
      case TIMESTAMP_TZ: return CodeBlock.of("$T.timestampTz($L)", COLUMN_TYPE, t.precision());
      case CUSTOM: return CodeBlock.of("$T.custom($S)", COLUMN_TYPE, t.definition());
      default: return CodeBlock.of("$T.$L", COLUMN_TYPE, t.kind().name());
    }
  }

  private static CodeBlock strings(List<String> values) {
    CodeBlock.Builder b = CodeBlock.builder();
    for (int i = 0; i < values.size(); i++) {
      b.add(i == 0 ? "$S" : ", $S", values.get(i));
    }
    return b.build();
  }

  private static CodeBlock list(List<String> values) {
    return CodeBlock.of("$T.of($L)", LIST, strings(values));
  }

  static CodeBlock primaryKeyValue(PrimaryKey pk) {
    if (pk.name() == null) {
      return CodeBlock.of("$T.of($L)", PRIMARY_KEY, strings(pk.columns()));
    }
    return CodeBlock.of("new $T($S, $L)", PRIMARY_KEY, pk.name(), list(pk.columns()));
  }

  static CodeBlock index(Index i) {
    return CodeBlock.of("$T.of($S, $L)$L", INDEX, i.name(), strings(i.columns()), i.unique() ? ".asUnique()" : "");
  }

  static CodeBlock unique(UniqueConstraint u) {
    return CodeBlock.of("$T.of($S, $L)", UNIQUE, u.name(), strings(u.columns()));
  }

  static CodeBlock foreignKey(ForeignKey f) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of($S, $L, $S, $L)", FOREIGN_KEY, f.name(), list(f.columns()),
        f.referencedTable(), list(f.referencedColumns()));
    if (f.onDelete() != ForeignKey.Action.NO_ACTION) {
      b.add(".onDelete($T.Action.$L)", FOREIGN_KEY, f.onDelete().name());
    }
    if (f.onUpdate() != ForeignKey.Action.NO_ACTION) {
      b.add(".onUpdate($T.Action.$L)", FOREIGN_KEY, f.onUpdate().name());
    }
    return b.build();
  }

  static CodeBlock check(CheckConstraint c) {
    return CodeBlock.of("$T.of($S, $S)", CHECK, c.name(), c.expression());
  }

  static CodeBlock sequence(Sequence s) {
    return CodeBlock.of("$T.of($S, $L, $L)", SEQUENCE, s.name(), longLiteral(s.start()), longLiteral(s.increment()));
  }

  private static String longLiteral(long value) {
    return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? Long.toString(value) : value + "L";
  }
}
