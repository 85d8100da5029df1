package dev.retort.ops;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HexFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Text forms of operations: {@link #canonical} is the stable form that checksums hash (it depends only on the
 * operations' values, never on source formatting or the JDK's {@code toString}); {@link #describe} is the short
 * form for logs, errors and javadoc.
 */
public final class OpText {
  private OpText() {}

  private record Component(String name, Method accessor) {}

  /** Each record class's components, looked up once: reflection on every checksum costs more than the hash. */
  private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
    @Override
    protected List<Component> computeValue(Class<?> type) {
      return Arrays.stream(type.getRecordComponents()).map(c -> new Component(c.getName(), c.getAccessor()))
          .toList();
    }
  };

  /** A stable, complete text of the operations, one per line. */
  public static String canonical(List<Op> ops) {
    StringBuilder out = new StringBuilder();
    for (Op op : ops) {
      value(op, out);
      out.append('\n');
    }
    return out.toString();
  }

  public static String canonical(Op op) {
    StringBuilder out = new StringBuilder();
    value(op, out);
    return out.toString();
  }

  private static void value(Object v, StringBuilder out) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    } else if (v instanceof Record r) {
      out.append(r.getClass().getSimpleName()).append('(');
      List<Component> components = COMPONENTS.get(r.getClass());
      for (int i = 0; i < components.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(components.get(i).name()).append('=');
        try {
          value(components.get(i).accessor().invoke(r), out);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + components.get(i).name() + " of " + r.getClass(), e);
        }
      }
      out.append(')');
    } else if (v instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        value(list.get(i), out);
      }
      out.append(']');
    } else if (v instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        value(e.getKey(), out);
        out.append(':');
        value(e.getValue(), out);
      }
      out.append('}');
    } else if (v instanceof byte[] bytes) {
      out.append("x'").append(HexFormat.of().formatHex(bytes)).append('\'');
    } else if (v instanceof Enum<?> e) {
      out.append(e.name());
    } else if (v instanceof Number || v instanceof Boolean) {
      out.append(v.getClass().getSimpleName()).append(':').append(v);
    } else {
      // java.time values, UUID: their toString is ISO / RFC defined.
      out.append(v.getClass().getSimpleName()).append(':');
      value(v.toString(), out);
    }
  }

  /** A short description such as {@code add column todos.deleted_at}. */
  public static String describe(Op op) {
    return op.accept(DESCRIBE);
  }

  private static final OpVisitor<String> DESCRIBE = new OpVisitor<>() {
    @Override public String visitCreateTable(CreateTable op) { return "create table " + op.table().name(); }
    @Override public String visitDropTable(DropTable op) { return "drop table " + op.table().name(); }
    @Override public String visitRenameTable(RenameTable op) { return "rename table " + op.from() + " to " + op.to(); }
    @Override public String visitAddColumn(AddColumn op) { return "add column " + op.table() + "." + op.column().name(); }
    @Override public String visitDropColumn(DropColumn op) { return "drop column " + op.table() + "." + op.column().name(); }
    @Override public String visitRenameColumn(RenameColumn op) {
      return "rename column " + op.table() + "." + op.from() + " to " + op.to();
    }
    @Override public String visitAlterColumn(AlterColumn op) { return "alter column " + op.table() + "." + op.to().name(); }
    @Override public String visitAddPrimaryKey(AddPrimaryKey op) { return "add primary key on " + op.table(); }
    @Override public String visitDropPrimaryKey(DropPrimaryKey op) { return "drop primary key on " + op.table(); }
    @Override public String visitCreateIndex(CreateIndex op) {
      return "create " + (op.index().unique() ? "unique " : "") + "index " + op.index().name() + " on " + op.table();
    }
    @Override public String visitDropIndex(DropIndex op) { return "drop index " + op.index().name() + " on " + op.table(); }
    @Override public String visitAddUniqueConstraint(AddUniqueConstraint op) {
      return "add unique constraint " + op.constraint().name() + " on " + op.table();
    }
    @Override public String visitDropUniqueConstraint(DropUniqueConstraint op) {
      return "drop unique constraint " + op.constraint().name() + " on " + op.table();
    }
    @Override public String visitAddForeignKey(AddForeignKey op) {
      return "add foreign key " + op.foreignKey().name() + " on " + op.table();
    }
    @Override public String visitDropForeignKey(DropForeignKey op) {
      return "drop foreign key " + op.foreignKey().name() + " on " + op.table();
    }
    @Override public String visitAddCheckConstraint(AddCheckConstraint op) {
      return "add check constraint " + op.check().name() + " on " + op.table();
    }
    @Override public String visitDropCheckConstraint(DropCheckConstraint op) {
      return "drop check constraint " + op.check().name() + " on " + op.table();
    }
    @Override public String visitCreateSequence(CreateSequence op) { return "create sequence " + op.sequence().name(); }
    @Override public String visitDropSequence(DropSequence op) { return "drop sequence " + op.sequence().name(); }
    @Override public String visitExecute(Execute op) {
      String sql = op.sql().strip().replaceAll("\\s+", " ");
      return "execute " + (sql.length() > 60 ? sql.substring(0, 57) + "..." : sql);
    }
    @Override public String visitInsertRows(InsertRows op) { return "insert " + op.rows().size() + " rows into " + op.table(); }
    @Override public String visitUpdateRows(UpdateRows op) { return "update rows of " + op.table(); }
  };
}
