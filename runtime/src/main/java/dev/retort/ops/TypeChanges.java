package dev.retort.ops;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import java.util.List;

/** Decides whether a column type change can lose values. */
public final class TypeChanges {
  private TypeChanges() {}

  private static final List<Kind> INTEGERS = List.of(Kind.TINYINT, Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT);

  /** True when some value of {@code from} may not survive conversion to {@code to}. */
  public static boolean narrows(ColumnType from, ColumnType to) {
    if (from.equals(to)) {
      return false;
    }
    Kind a = from.kind();
    Kind b = to.kind();
    if (INTEGERS.contains(a) && INTEGERS.contains(b)) {
      return INTEGERS.indexOf(b) < INTEGERS.indexOf(a);
    }
    if (INTEGERS.contains(a) && b == Kind.DECIMAL) {
      return to.precision() != 0 && to.precision() - to.scale() < 19;
    }
    if (a == Kind.REAL && b == Kind.DOUBLE) {
      return false;
    }
    if ((a == Kind.CHAR || a == Kind.VARCHAR) && (b == Kind.VARCHAR || b == Kind.CHAR)) {
      return longer(to.length(), from.length()) < 0;
    }
    if ((a == Kind.CHAR || a == Kind.VARCHAR) && b == Kind.CLOB) {
      return false;
    }
    if ((a == Kind.BINARY || a == Kind.VARBINARY) && (b == Kind.VARBINARY || b == Kind.BINARY)) {
      return longer(to.length(), from.length()) < 0;
    }
    if ((a == Kind.BINARY || a == Kind.VARBINARY) && b == Kind.BLOB) {
      return false;
    }
    if (a == Kind.DECIMAL && b == Kind.DECIMAL) {
      if (to.precision() == 0) {
        return false;
      }
      if (from.precision() == 0) {
        return true;
      }
      return to.scale() < from.scale() || to.precision() - to.scale() < from.precision() - from.scale();
    }
    if (a == b && a.hasPrecision()) {
      return to.precision() != 0 && (from.precision() == 0 || to.precision() < from.precision());
    }
    if (a == Kind.DATE && (b == Kind.TIMESTAMP || b == Kind.TIMESTAMP_TZ)) {
      return false;
    }
    if (a == Kind.TIMESTAMP && b == Kind.TIMESTAMP_TZ) {
      return false;
    }
    return true;
  }

  /** Compares lengths where 0 means "unbounded / default". */
  private static int longer(int x, int y) {
    if (x == y) {
      return 0;
    }
    if (x == 0) {
      return 1;
    }
    if (y == 0) {
      return -1;
    }
    return Integer.compare(x, y);
  }
}
