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
    tables = sortedUnique(tables, Table::name, "tables");
    sequences = sortedUnique(sequences, Sequence::name, "sequences");
  }

  /**
   * The list sorted by name, refusing two of the same name. One pass when it is sorted already, as the lists of
   * {@link #withTable} and the other edits are: replaying a long history edits the schema once per operation.
   */
  private static <T> List<T> sortedUnique(List<T> items, Function<T, String> name, String what) {
    boolean sorted = true;
    for (int i = 1; i < items.size() && sorted; i++) {
      sorted = name.apply(items.get(i - 1)).compareTo(name.apply(items.get(i))) < 0;
    }
    if (sorted) {
      return List.copyOf(items);
    }
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(name));
    for (int i = 1; i < copy.size(); i++) {
      if (name.apply(copy.get(i)).equals(name.apply(copy.get(i - 1)))) {
        throw new IllegalArgumentException("two " + what + " named " + name.apply(copy.get(i)));
      }
    }
    return List.copyOf(copy);
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
    return new Schema(withItem(tables, table, Table::name), sequences);
  }

  /** The sorted list with {@code item} in its place, replacing the one of the same name. */
  private static <T> List<T> withItem(List<T> sorted, T item, Function<T, String> name) {
    List<T> out = new ArrayList<>(sorted.size() + 1);
    String key = name.apply(item);
    boolean placed = false;
    for (T x : sorted) {
      int c = name.apply(x).compareTo(key);
      if (c >= 0 && !placed) {
        out.add(item);
        placed = true;
      }
      if (c != 0) {
        out.add(x);
      }
    }
    if (!placed) {
      out.add(item);
    }
    return out;
  }

  public Schema withoutTable(String name) {
    List<Table> t = new ArrayList<>(tables);
    t.removeIf(x -> x.name().equals(name));
    return new Schema(t, sequences);
  }

  public Schema withSequence(Sequence sequence) {
    return new Schema(tables, withItem(sequences, sequence, Sequence::name));
  }

  public Schema withoutSequence(String name) {
    List<Sequence> s = new ArrayList<>(sequences);
    s.removeIf(x -> x.name().equals(name));
    return new Schema(tables, s);
  }
}
