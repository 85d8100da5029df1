package dev.retort.ops;

import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Applies operations to a {@link Schema}: the schema a sequence of revisions promises. The runtime uses it to
 * know the table a SQLite rebuild must produce and what {@code check} should find; the processor's tests use it
 * to prove that a diff's upgrade turns the old schema into the new one.
 *
 * <p>Strict: an operation that does not fit the schema (a missing table, a column still used by an index) is
 * refused with {@link IllegalStateException} naming both. Raw SQL and data operations leave the schema as is.
 */
public final class SchemaReplay {
  private SchemaReplay() {}

  public static Schema apply(Schema schema, List<Op> ops) {
    Schema s = schema;
    for (Op op : ops) {
      s = apply(s, op);
    }
    return s;
  }

  public static Schema apply(Schema schema, Op op) {
    return op.accept(new Step(schema));
  }

  private static final class Step implements OpVisitor<Schema> {
    private final Schema schema;

    Step(Schema schema) {
      this.schema = schema;
    }

    private Table table(String name, Op op) {
      return schema.table(name).orElseThrow(() -> fail(op, "table " + name + " does not exist"));
    }

    private static IllegalStateException fail(Op op, String why) {
      return new IllegalStateException(OpText.describe(op) + ": " + why);
    }

    private Schema change(String name, Op op, UnaryOperator<Table.Builder> edit) {
      Table t = table(name, op);
      return schema.withTable(edit.apply(t.toBuilder()).build());
    }

    @Override
    public Schema visitCreateTable(CreateTable op) {
      if (schema.table(op.table().name()).isPresent()) {
        throw fail(op, "table " + op.table().name() + " already exists");
      }
      return schema.withTable(op.table());
    }

    @Override
    public Schema visitDropTable(DropTable op) {
      String name = op.table().name();
      table(name, op);
      for (Table other : schema.tables()) {
        for (ForeignKey fk : other.foreignKeys()) {
          if (fk.referencedTable().equals(name) && !other.name().equals(name)) {
            throw fail(op, "foreign key " + fk.name() + " of table " + other.name() + " still references it");
          }
        }
      }
      return schema.withoutTable(name);
    }

    @Override
    public Schema visitRenameTable(RenameTable op) {
      Table t = table(op.from(), op);
      if (schema.table(op.to()).isPresent()) {
        throw fail(op, "table " + op.to() + " already exists");
      }
      Schema s = schema.withoutTable(op.from()).withTable(t.toBuilder().name(op.to()).build());
      List<Table> updated = new ArrayList<>();
      for (Table other : s.tables()) {
        Table.Builder b = other.toBuilder();
        boolean touched = false;
        for (int i = 0; i < b.foreignKeys().size(); i++) {
          ForeignKey fk = b.foreignKeys().get(i);
          if (fk.referencedTable().equals(op.from())) {
            b.foreignKeys().set(i, new ForeignKey(
                fk.name(), fk.columns(), op.to(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate()));
            touched = true;
          }
        }
        updated.add(touched ? b.build() : other);
      }
      return new Schema(updated, s.sequences());
    }

    @Override
    public Schema visitAddColumn(AddColumn op) {
      Table t = table(op.table(), op);
      if (t.column(op.column().name()).isPresent()) {
        throw fail(op, "column already exists");
      }
      return schema.withTable(t.toBuilder().column(op.column()).build());
    }

    @Override
    public Schema visitDropColumn(DropColumn op) {
      Table t = table(op.table(), op);
      String c = op.column().name();
      if (t.column(c).isEmpty()) {
        throw fail(op, "column does not exist");
      }
      List<String> users = new ArrayList<>();
      if (t.primaryKey() != null && t.primaryKey().columns().contains(c)) {
        users.add("the primary key");
      }
      t.indexes().stream().filter(i -> i.columns().contains(c)).forEach(i -> users.add("index " + i.name()));
      t.uniqueConstraints().stream().filter(u -> u.columns().contains(c))
          .forEach(u -> users.add("unique constraint " + u.name()));
      t.foreignKeys().stream().filter(f -> f.columns().contains(c)).forEach(f -> users.add("foreign key " + f.name()));
      for (Table other : schema.tables()) {
        other.foreignKeys().stream()
            .filter(f -> f.referencedTable().equals(t.name()) && f.referencedColumns().contains(c))
            .forEach(f -> users.add("foreign key " + f.name() + " of table " + other.name()));
      }
      if (!users.isEmpty()) {
        throw fail(op, "still used by " + String.join(", ", users) + "; drop those first");
      }
      List<Column> columns = new ArrayList<>(t.columns());
      columns.removeIf(x -> x.name().equals(c));
      if (columns.isEmpty()) {
        throw fail(op, "it is the last column of the table; drop the table instead");
      }
      return schema.withTable(t.toBuilder().columns(columns).build());
    }

    @Override
    public Schema visitRenameColumn(RenameColumn op) {
      Table t = table(op.table(), op);
      Column c = t.column(op.from()).orElseThrow(() -> fail(op, "column " + op.from() + " does not exist"));
      if (t.column(op.to()).isPresent()) {
        throw fail(op, "column " + op.to() + " already exists");
      }
      UnaryOperator<List<String>> ren = cols -> cols.stream().map(x -> x.equals(op.from()) ? op.to() : x).toList();
      Table.Builder b = t.toBuilder().replaceColumn(c);
      List<Column> columns = new ArrayList<>(b.columns());
      columns.replaceAll(x -> x.name().equals(op.from()) ? x.withName(op.to()) : x);
      b.columns(columns);
      if (t.primaryKey() != null) {
        b.primaryKey(new PrimaryKey(t.primaryKey().name(), ren.apply(t.primaryKey().columns())));
      }
      b.indexes().replaceAll(i -> new Index(i.name(), ren.apply(i.columns()), i.unique()));
      b.uniqueConstraints().replaceAll(u -> new UniqueConstraint(u.name(), ren.apply(u.columns())));
      b.foreignKeys().replaceAll(f -> new ForeignKey(
          f.name(), ren.apply(f.columns()), f.referencedTable(),
          f.referencedTable().equals(t.name()) ? ren.apply(f.referencedColumns()) : f.referencedColumns(),
          f.onDelete(), f.onUpdate()));
      Schema s = schema.withTable(b.build());
      List<Table> updated = new ArrayList<>();
      for (Table other : s.tables()) {
        if (other.name().equals(t.name())) {
          updated.add(other);
          continue;
        }
        Table.Builder ob = other.toBuilder();
        ob.foreignKeys().replaceAll(f -> f.referencedTable().equals(t.name())
            ? new ForeignKey(f.name(), f.columns(), f.referencedTable(), ren.apply(f.referencedColumns()),
                f.onDelete(), f.onUpdate())
            : f);
        updated.add(ob.build());
      }
      return new Schema(updated, s.sequences());
    }

    @Override
    public Schema visitAlterColumn(AlterColumn op) {
      Table t = table(op.table(), op);
      Column current = t.column(op.from().name()).orElseThrow(() -> fail(op, "column does not exist"));
      if (!current.equals(op.from())) {
        throw fail(op, "the column is " + current + ", not " + op.from());
      }
      return change(op.table(), op, b -> b.replaceColumn(op.to()));
    }

    @Override
    public Schema visitAddPrimaryKey(AddPrimaryKey op) {
      if (table(op.table(), op).primaryKey() != null) {
        throw fail(op, "the table already has a primary key");
      }
      return change(op.table(), op, b -> b.primaryKey(op.primaryKey()));
    }

    @Override
    public Schema visitDropPrimaryKey(DropPrimaryKey op) {
      if (table(op.table(), op).primaryKey() == null) {
        throw fail(op, "the table has no primary key");
      }
      return change(op.table(), op, b -> b.primaryKey((PrimaryKey) null));
    }

    @Override
    public Schema visitCreateIndex(CreateIndex op) {
      return change(op.table(), op, b -> b.index(op.index()));
    }

    @Override
    public Schema visitDropIndex(DropIndex op) {
      return change(op.table(), op, b -> {
        if (!b.indexes().removeIf(i -> i.name().equals(op.index().name()))) {
          throw fail(op, "no such index");
        }
        return b;
      });
    }

    @Override
    public Schema visitAddUniqueConstraint(AddUniqueConstraint op) {
      return change(op.table(), op, b -> b.unique(op.constraint()));
    }

    @Override
    public Schema visitDropUniqueConstraint(DropUniqueConstraint op) {
      return change(op.table(), op, b -> {
        if (!b.uniqueConstraints().removeIf(u -> u.name().equals(op.constraint().name()))) {
          throw fail(op, "no such unique constraint");
        }
        return b;
      });
    }

    @Override
    public Schema visitAddForeignKey(AddForeignKey op) {
      table(op.foreignKey().referencedTable(), op);
      return change(op.table(), op, b -> b.foreignKey(op.foreignKey()));
    }

    @Override
    public Schema visitDropForeignKey(DropForeignKey op) {
      return change(op.table(), op, b -> {
        if (!b.foreignKeys().removeIf(f -> f.name().equals(op.foreignKey().name()))) {
          throw fail(op, "no such foreign key");
        }
        return b;
      });
    }

    @Override
    public Schema visitAddCheckConstraint(AddCheckConstraint op) {
      return change(op.table(), op, b -> b.check(op.check()));
    }

    @Override
    public Schema visitDropCheckConstraint(DropCheckConstraint op) {
      return change(op.table(), op, b -> {
        if (!b.checkConstraints().removeIf(c -> c.name().equals(op.check().name()))) {
          throw fail(op, "no such check constraint");
        }
        return b;
      });
    }

    @Override
    public Schema visitCreateSequence(CreateSequence op) {
      if (schema.sequence(op.sequence().name()).isPresent()) {
        throw fail(op, "sequence already exists");
      }
      return schema.withSequence(op.sequence());
    }

    @Override
    public Schema visitDropSequence(DropSequence op) {
      if (schema.sequence(op.sequence().name()).isEmpty()) {
        throw fail(op, "no such sequence");
      }
      return schema.withoutSequence(op.sequence().name());
    }

    @Override
    public Schema visitExecute(Execute op) {
      return schema;
    }

    @Override
    public Schema visitInsertRows(InsertRows op) {
      return schema;
    }

    @Override
    public Schema visitUpdateRows(UpdateRows op) {
      return schema;
    }
  }
}
