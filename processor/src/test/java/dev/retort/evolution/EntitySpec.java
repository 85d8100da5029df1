package dev.retort.evolution;

import java.util.List;

/**
 * One generated entity: a class with a generated {@code Long id}, its table name, fields and indexes.
 *
 * @param indexes each an index over one column-bearing field, by field name
 * @param renamedFrom the previous table name for {@code @RenamedFrom}, or null
 */
record EntitySpec(String className, String table, List<FieldSpec> fields, List<String> indexes, String renamedFrom) {
  EntitySpec {
    fields = List.copyOf(fields);
    indexes = List.copyOf(indexes);
  }

  EntitySpec withFields(List<FieldSpec> f) {
    return new EntitySpec(className, table, f, indexes, renamedFrom);
  }

  EntitySpec withIndexes(List<String> i) {
    return new EntitySpec(className, table, fields, i, renamedFrom);
  }

  EntitySpec withTable(String t, String previous) {
    return new EntitySpec(className, t, fields, indexes, previous);
  }

  EntitySpec withoutHints() {
    return new EntitySpec(className, table, fields.stream().map(FieldSpec::withoutHint).toList(), indexes, null);
  }
}
