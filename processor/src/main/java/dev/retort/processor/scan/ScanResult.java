package dev.retort.processor.scan;

import dev.retort.processor.diff.Hints;
import dev.retort.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * What {@link EntityScanner} read: the schema, the rename hints, and where each table and column came from, so
 * that later findings can be reported on the element at fault.
 *
 * @param entitiesByTable entity classes (qualified names) whose mapping contributes to each table
 * @param enums the enums mapped by some column, by qualified name
 */
public record ScanResult(
    Schema schema,
    Hints hints,
    Map<String, Element> tableOrigins,
    Map<String, Element> columnOrigins,
    SortedMap<String, SortedSet<String>> entitiesByTable,
    SortedMap<String, EnumUse> enums) {

  /** An enum mapped to a column: its constants in declaration order, and whether it is stored by ordinal. */
  public record EnumUse(TypeElement type, List<String> constants, boolean ordinal) {}

  /** The element a table came from (its entity), or null. */
  public Element tableOrigin(String table) {
    return tableOrigins.get(table);
  }

  /** The element a column came from (its field or getter), falling back to the table's entity. */
  public Element columnOrigin(String table, String column) {
    Element e = columnOrigins.get(table + "." + column);
    return e != null ? e : tableOrigins.get(table);
  }
}
