package dev.retort.processor.diff;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropTable;
import dev.retort.ops.Op;
import dev.retort.ops.OpText;
import dev.retort.ops.TypeChanges;
import java.util.Optional;

/**
 * Says why an operation may lose data or fail on a populated table: drops, narrowing type changes, NOT NULL added
 * without a default (to an existing column, or with a new column). Data loss is decided by {@link Op#destructive()};
 * this class words it, once, for the generated comment and the compiler warning.
 */
public final class Hazards {
  private Hazards() {}

  /** The hazard of an operation in words ("drops column todos.body and its values"), or empty when it is safe. */
  public static Optional<String> of(Op op) {
    if (op instanceof AddColumn a && !a.column().nullable() && a.column().defaultValue() == null
        && !a.column().identity()) {
      return Optional.of("adds NOT NULL column " + a.table() + "." + a.column().name()
          + " without a default; it fails while the table has rows (add @DbDefault or backfill first)");
    }
    if (!op.destructive()) {
      return Optional.empty();
    }
    if (op instanceof DropTable d) {
      return Optional.of("drops table " + d.table().name() + " and all its rows");
    }
    if (op instanceof DropColumn d) {
      return Optional.of("drops column " + d.table() + "." + d.column().name() + " and its values");
    }
    if (op instanceof AlterColumn a) {
      String column = a.table() + "." + a.to().name();
      if (TypeChanges.narrows(a.from().type(), a.to().type())) {
        return Optional.of("narrows column " + column + " from " + a.from().type().describe() + " to "
            + a.to().type().describe() + "; values that do not fit fail or are cut");
      }
      return Optional.of("makes column " + column + " NOT NULL without a default; it fails while a row holds NULL");
    }
    return Optional.of(OpText.describe(op) + " may lose data");
  }
}
