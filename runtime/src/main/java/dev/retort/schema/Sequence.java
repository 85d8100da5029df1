package dev.retort.schema;

/** A database sequence (JPA {@code @SequenceGenerator}). */
public record Sequence(String name, long start, long increment) {
  public Sequence {
    Names.require(name, "sequence name");
    if (increment == 0) {
      throw new IllegalArgumentException("sequence " + name + " has increment 0");
    }
  }

  public static Sequence of(String name, long start, long increment) {
    return new Sequence(name, start, increment);
  }
}
