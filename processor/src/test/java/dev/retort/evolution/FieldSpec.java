package dev.retort.evolution;

/**
 * One generated field.
 *
 * @param name the Java field name (the column name follows from the naming strategy unless {@code column} is set)
 * @param column an explicit {@code @Column(name)} or {@code @JoinColumn(name)}, or null
 * @param primitive whether the Java type is primitive (NOT NULL by JPA's rules)
 * @param target for {@link FieldKind#RELATION}: the referenced entity's class name
 * @param renamedFrom the previous column name for {@code @RenamedFrom}, or null
 */
record FieldSpec(
    String name, FieldKind kind, String column, boolean nullable, boolean primitive, int length, int precision,
    int scale, String dbDefault, boolean unique, String target, String renamedFrom) {

  static FieldSpec of(String name, FieldKind kind) {
    return new FieldSpec(name, kind, null, true, false, kind == FieldKind.STRING ? 50 : 0,
        kind == FieldKind.DECIMAL ? 12 : 0, kind == FieldKind.DECIMAL ? 2 : 0, null, false, null, null);
  }

  FieldSpec withName(String n, String previousColumn) {
    return new FieldSpec(n, kind, column, nullable, primitive, length, precision, scale, dbDefault, unique, target,
        previousColumn);
  }

  FieldSpec withNullable(boolean n) {
    return new FieldSpec(name, kind, column, n, n ? false : primitive, length, precision, scale, dbDefault, unique,
        target, renamedFrom);
  }

  FieldSpec withPrimitive(boolean p) {
    return new FieldSpec(name, kind, column, !p && nullable, p, length, precision, scale, dbDefault, unique, target,
        renamedFrom);
  }

  FieldSpec withKind(FieldKind k, int len, int prec, int sc) {
    return new FieldSpec(name, k, column, nullable, primitive && k.primitive != null, len, prec, sc,
        k.defaultable() ? dbDefault : null, unique, target, renamedFrom);
  }

  FieldSpec withDefault(String sql) {
    return new FieldSpec(name, kind, column, nullable, primitive, length, precision, scale, sql, unique, target,
        renamedFrom);
  }

  FieldSpec withUnique(boolean u) {
    return new FieldSpec(name, kind, column, nullable, primitive, length, precision, scale, dbDefault, u, target,
        renamedFrom);
  }

  FieldSpec withTarget(String t) {
    return new FieldSpec(name, kind, column, nullable, primitive, length, precision, scale, dbDefault, unique, t,
        renamedFrom);
  }

  FieldSpec withoutHint() {
    return renamedFrom == null ? this : new FieldSpec(name, kind, column, nullable, primitive, length, precision,
        scale, dbDefault, unique, target, null);
  }
}
