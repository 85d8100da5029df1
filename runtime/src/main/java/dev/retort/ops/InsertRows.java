package dev.retort.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts rows (seed or backfill data). Values are bound as JDBC parameters online and rendered as literals in
 * offline SQL: {@code null}, String, Boolean, Integer, Long, Double, BigDecimal, java.time dates and times,
 * UUID, byte[]. No automatic reverse.
 */
public record InsertRows(String table, List<String> columns, List<List<Object>> rows) implements Op {
  public InsertRows {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "insertRows into " + table + ": a row has " + row.size() + " values for " + columns.size() + " columns");
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitInsertRows(this);
  }

  @Override
  public boolean reversible() {
    return false;
  }

  @Override
  public Op reverse() {
    throw new IllegalStateException("insertRows into " + table + " has no automatic reverse; write the downgrade by hand");
  }
}
