package dev.retort.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

  /** The table of this name; a binary search, as the tables are sorted by name. */
  public Optional<Table> table(String name) {
    return find(tables, Table::name, name);
  }

  public Optional<Sequence> sequence(String name) {
    return find(sequences, Sequence::name, name);
  }

  private static <T> Optional<T> find(List<T> sorted, Function<T, String> key, String name) {
    int low = 0;
    int high = sorted.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int c = key.apply(sorted.get(middle)).compareTo(name);
      if (c == 0) {
        return Optional.of(sorted.get(middle));
      } else if (c < 0) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return Optional.empty();
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
