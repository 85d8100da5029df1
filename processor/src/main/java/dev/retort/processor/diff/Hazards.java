package dev.retort.processor.diff;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropTable;
import dev.retort.ops.Op;
import dev.retort.ops.OpText;
import dev.retort.ops.TypeChanges;
import java.util.Optional;

/**
 * Says why an operation may lose data: drops, narrowing type changes, and NOT NULL added without a default. The
 * decision itself is {@link Op#destructive()}; this class only words it, once, for the generated comment and the
 * compiler warning.
 */
public final class Hazards {
  private Hazards() {}

  /** The hazard of an operation in words ("drops column todos.body and its values"), or empty when it is safe. */
  public static Optional<String> of(Op op) {
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
