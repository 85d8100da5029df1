package dev.retort.processor.diff;

import java.util.Map;
import java.util.TreeMap;

/**
 * Rename hints from {@code @RenamedFrom}: a table's or a column's previous name. A hint whose old name is not in the
 * old schema has no effect, so hints may stay in the source after the rename.
 *
 * @param tables new table name to previous table name
 * @param columns new table name to (new column name to previous column name)
 */
public record Hints(Map<String, String> tables, Map<String, Map<String, String>> columns) {
  public static final Hints NONE = new Hints(Map.of(), Map.of());

  public Hints {
    tables = Map.copyOf(tables);
    Map<String, Map<String, String>> copy = new TreeMap<>();
    columns.forEach((t, m) -> copy.put(t, Map.copyOf(m)));
    columns = Map.copyOf(copy);
  }

  /** The previous name of a column of a (new) table, or null. */
  public String previousColumn(String table, String column) {
    return columns.getOrDefault(table, Map.of()).get(column);
  }
}
