package dev.retort.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole database schema: tables and sequences, each sorted by name, so that equal schemas are equal values.
 */
public record Schema(List<Table> tables, List<Sequence> sequences) {

  public static final Schema EMPTY = new Schema(List.of(), List.of());

  public Schema {
    List<Table> t = new ArrayList<>(tables);
    t.sort(Comparator.comparing(Table::name));
    List<Sequence> s = new ArrayList<>(sequences);
    s.sort(Comparator.comparing(Sequence::name));
    for (int i = 1; i < t.size(); i++) {
      if (t.get(i).name().equals(t.get(i - 1).name())) {
        throw new IllegalArgumentException("two tables named " + t.get(i).name());
      }
    }
    for (int i = 1; i < s.size(); i++) {
      if (s.get(i).name().equals(s.get(i - 1).name())) {
        throw new IllegalArgumentException("two sequences named " + s.get(i).name());
      }
    }
    tables = List.copyOf(t);
    sequences = List.copyOf(s);
  }

  public Optional<Table> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  public Optional<Sequence> sequence(String name) {
    return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** This schema with the table added, or replacing the one of the same name. */
  public Schema withTable(Table table) {
    List<Table> t = new ArrayList<>(tables);
    t.removeIf(x -> x.name().equals(table.name()));
    t.add(table);
    return new Schema(t, sequences);
  }

  public Schema withoutTable(String name) {
    List<Table> t = new ArrayList<>(tables);
    t.removeIf(x -> x.name().equals(name));
    return new Schema(t, sequences);
  }

  public Schema withSequence(Sequence sequence) {
    List<Sequence> s = new ArrayList<>(sequences);
    s.removeIf(x -> x.name().equals(sequence.name()));
    s.add(sequence);
    return new Schema(tables, s);
  }

  public Schema withoutSequence(String name) {
    List<Sequence> s = new ArrayList<>(sequences);
    s.removeIf(x -> x.name().equals(name));
    return new Schema(tables, s);
  }
}
