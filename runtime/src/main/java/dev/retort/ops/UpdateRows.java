package dev.retort.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameterised UPDATE for backfills: {@code UPDATE table SET col = ? ... WHERE <where>}. The {@code where}
 * text is SQL with {@code ?} placeholders bound from {@code whereParameters}; null means every row. No
 * automatic reverse.
 */
public record UpdateRows(String table, Map<String, Object> values, String where, List<Object> whereParameters)
    implements Op {
  public UpdateRows {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("updateRows on " + table + " sets no column");
    }
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    whereParameters = Collections.unmodifiableList(new ArrayList<>(whereParameters));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitUpdateRows(this);
  }

  @Override
  public boolean reversible() {
    return false;
  }

  @Override
  public Op reverse() {
    throw new IllegalStateException("updateRows on " + table + " has no automatic reverse; write the downgrade by hand");
  }
}
