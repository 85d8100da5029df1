package dev.retort.processor.scan;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.JoinColumn;
import java.util.List;

/**
 * What the mapping reads of {@code @Column}, {@code @JoinColumn} and {@code @ForeignKey}: from the annotation's
 * mirror where the attribute carries it (the members given, over JPA's defaults), or from the annotation proxies
 * that {@code @AttributeOverride}, {@code @JoinTable} and {@code @CollectionTable} hold.
 */
final class ColumnSpecs {
  private ColumnSpecs() {}

  record ColumnSpec(String name, int length, int precision, int scale, boolean nullable, boolean unique,
      String columnDefinition) {
    static ColumnSpec of(jakarta.persistence.Column c) {
      return new ColumnSpec(c.name(), c.length(), c.precision(), c.scale(), c.nullable(), c.unique(),
          c.columnDefinition());
    }

    /** JPA's defaults for the members left out. */
    static ColumnSpec of(Members given) {
      return new ColumnSpec(given.string("name", ""), given.integer("length", 255), given.integer("precision", 0),
          given.integer("scale", 0), given.bool("nullable", true), given.bool("unique", false),
          given.string("columnDefinition", ""));
    }
  }

  /** @param noConstraint {@code ConstraintMode.NO_CONSTRAINT}: no foreign key at all */
  record ForeignKeySpec(String name, boolean noConstraint) {
    static ForeignKeySpec of(jakarta.persistence.ForeignKey f) {
      return new ForeignKeySpec(f.name(), f.value() == ConstraintMode.NO_CONSTRAINT);
    }

    /** A left-out {@code foreignKey} member is {@code @ForeignKey(PROVIDER_DEFAULT)}. */
    static ForeignKeySpec of(Members given) {
      return given == null ? new ForeignKeySpec("", false) : new ForeignKeySpec(given.string("name", ""),
          given.constant("value", ConstraintMode.PROVIDER_DEFAULT.name()).equals(ConstraintMode.NO_CONSTRAINT.name()));
    }
  }

  record JoinColumnSpec(String name, String referencedColumnName, boolean nullable, boolean unique,
      String columnDefinition) {
    static JoinColumnSpec of(JoinColumn j) {
      return new JoinColumnSpec(j.name(), j.referencedColumnName(), j.nullable(), j.unique(), j.columnDefinition());
    }

    static List<JoinColumnSpec> of(JoinColumn[] joinColumns) {
      return java.util.Arrays.stream(joinColumns).map(JoinColumnSpec::of).toList();
    }

    static JoinColumnSpec of(Members given) {
      return new JoinColumnSpec(given.string("name", ""), given.string("referencedColumnName", ""),
          given.bool("nullable", true), given.bool("unique", false), given.string("columnDefinition", ""));
    }
  }
}
