package dev.retort.processor.write;

import dev.retort.schema.Schema;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The committed snapshot: the schema the revisions so far produce, the head revision it corresponds to, a running
 * hash of the revision chain (so that two branches that each add a revision conflict in version control), the entity
 * classes behind each table (looked up by name in partial compiles) and the constants of every mapped enum.
 *
 * @param head the id of the revision this snapshot corresponds to, or null before the first
 * @param chainHash the running hash of the revision chain, or null before the first revision
 */
public record Snapshot(
    String head,
    String chainHash,
    SortedMap<String, SortedSet<String>> entities,
    SortedMap<String, List<String>> enums,
    Schema schema) {

  /** The current format; {@link SnapshotCodec} refuses any other. */
  public static final int FORMAT_VERSION = 1;

  public static final Snapshot EMPTY = new Snapshot(null, null, new TreeMap<>(), new TreeMap<>(), Schema.EMPTY);

  public Snapshot {
    SortedMap<String, SortedSet<String>> e = new TreeMap<>();
    entities.forEach((k, v) -> e.put(k, new TreeSet<>(v)));
    entities = e;
    SortedMap<String, List<String>> n = new TreeMap<>();
    enums.forEach((k, v) -> n.put(k, List.copyOf(v)));
    enums = n;
  }

  /** Everything but the schema. */
  public Header header() {
    SortedSet<String> classes = new TreeSet<>();
    entities.values().forEach(classes::addAll);
    return new Header(head, chainHash, classes, enums);
  }

  /**
   * What a compile needs of the snapshot before it scans the entities: everything but the schema, which
   * {@link SnapshotCodec#decodeHeader} leaves undecoded.
   *
   * @param entityClasses every entity class name the snapshot knows, looked up by name in partial compiles
   */
  public record Header(String head, String chainHash, SortedSet<String> entityClasses,
      SortedMap<String, List<String>> enums) {
    public static final Header EMPTY = Snapshot.EMPTY.header();
  }
}
