package dev.retort.evolution;

/** The kinds of field the generator writes, each a Java type with its mapping attributes. */
enum FieldKind {
  STRING("String", "String"),
  INT("Integer", "int"),
  LONG("Long", "long"),
  DECIMAL("BigDecimal", null),
  BOOLEAN("Boolean", "boolean"),
  DOUBLE("Double", "double"),
  DATE("LocalDate", null),
  TIMESTAMP("LocalDateTime", null),
  INSTANT("Instant", null),
  UUID("UUID", null),
  ENUM("Color", null),
  RELATION(null, null),
  EMBEDDED("Address", null);

  final String boxed;
  final String primitive;

  FieldKind(String boxed, String primitive) {
    this.boxed = boxed;
    this.primitive = primitive;
  }

  /** Kinds a plain column can take (relations and embeddables are separate steps). */
  static final FieldKind[] SCALARS = {STRING, INT, LONG, DECIMAL, BOOLEAN, DOUBLE, DATE, TIMESTAMP, INSTANT, UUID, ENUM};

  /** Whether a database default can be given (used for NOT NULL columns added to populated tables). */
  boolean defaultable() {
    return this == STRING || this == INT || this == LONG || this == DECIMAL || this == BOOLEAN || this == DOUBLE;
  }

  String defaultSql() {
    return switch (this) {
      case STRING -> "'n/a'";
      case BOOLEAN -> "false";
      default -> "0";
    };
  }
}
