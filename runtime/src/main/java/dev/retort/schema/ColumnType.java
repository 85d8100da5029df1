package dev.retort.schema;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dialect-neutral column type: a {@link Kind} plus the length, precision and scale it takes. Each dialect
 * renders it to its own SQL type; {@link #toString()} and {@link #parse(String)} give its stable text form
 * ({@code VARCHAR(255)}, {@code DECIMAL(19,2)}, {@code TIMESTAMP_TZ(6)}, {@code CUSTOM(jsonb)}) used in
 * snapshots and checksums.
 *
 * <pre>{@code
 * ColumnType.varchar(255); ColumnType.decimal(19, 2); ColumnType.BIGINT;
 * }</pre>
 *
 * @param kind the logical type
 * @param length character or byte length for CHAR, VARCHAR, BINARY, VARBINARY; otherwise 0
 * @param precision digits for DECIMAL, fractional-second digits for TIME and TIMESTAMP kinds (0: default)
 * @param scale digits after the point for DECIMAL; otherwise 0
 * @param definition the verbatim SQL type for {@link Kind#CUSTOM} (JPA {@code columnDefinition}); otherwise null
 */
public record ColumnType(Kind kind, int length, int precision, int scale, String definition) {

  /** The logical types. */
  public enum Kind {
    BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL,
    CHAR, VARCHAR, CLOB, BINARY, VARBINARY, BLOB,
    DATE, TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ, UUID, CUSTOM;

    /** Whether {@link ColumnType#length()} is meaningful. */
    public boolean hasLength() {
      return this == CHAR || this == VARCHAR || this == BINARY || this == VARBINARY;
    }

    /** Whether {@link ColumnType#precision()} is meaningful. */
    public boolean hasPrecision() {
      return this == DECIMAL || this == TIME || this == TIME_TZ || this == TIMESTAMP || this == TIMESTAMP_TZ;
    }
  }

  public static final ColumnType BOOLEAN = simple(Kind.BOOLEAN);
  public static final ColumnType TINYINT = simple(Kind.TINYINT);
  public static final ColumnType SMALLINT = simple(Kind.SMALLINT);
  public static final ColumnType INTEGER = simple(Kind.INTEGER);
  public static final ColumnType BIGINT = simple(Kind.BIGINT);
  public static final ColumnType REAL = simple(Kind.REAL);
  public static final ColumnType DOUBLE = simple(Kind.DOUBLE);
  public static final ColumnType CLOB = simple(Kind.CLOB);
  public static final ColumnType BLOB = simple(Kind.BLOB);
  public static final ColumnType DATE = simple(Kind.DATE);
  public static final ColumnType UUID = simple(Kind.UUID);

  public ColumnType {
    Objects.requireNonNull(kind, "kind");
    if (length < 0 || precision < 0 || scale < 0) {
      throw new IllegalArgumentException("negative length, precision or scale in " + kind);
    }
    if (!kind.hasLength() && length != 0) {
      throw new IllegalArgumentException(kind + " takes no length");
    }
    if (!kind.hasPrecision() && precision != 0) {
      throw new IllegalArgumentException(kind + " takes no precision");
    }
    if (kind != Kind.DECIMAL && scale != 0) {
      throw new IllegalArgumentException(kind + " takes no scale");
    }
    if (kind == Kind.DECIMAL && precision != 0 && scale > precision) {
      throw new IllegalArgumentException("DECIMAL scale " + scale + " exceeds precision " + precision);
    }
    if ((kind == Kind.CUSTOM) != (definition != null && !definition.isBlank())) {
      throw new IllegalArgumentException(
          kind == Kind.CUSTOM ? "CUSTOM needs a definition" : kind + " takes no definition");
    }
  }

  private static ColumnType simple(Kind kind) {
    return new ColumnType(kind, 0, 0, 0, null);
  }

  public static ColumnType of(Kind kind) {
    return simple(kind);
  }

  public static ColumnType varchar(int length) {
    return new ColumnType(Kind.VARCHAR, length, 0, 0, null);
  }

  public static ColumnType fixedChar(int length) {
    return new ColumnType(Kind.CHAR, length, 0, 0, null);
  }

  public static ColumnType binary(int length) {
    return new ColumnType(Kind.BINARY, length, 0, 0, null);
  }

  public static ColumnType varbinary(int length) {
    return new ColumnType(Kind.VARBINARY, length, 0, 0, null);
  }

  public static ColumnType decimal(int precision, int scale) {
    return new ColumnType(Kind.DECIMAL, 0, precision, scale, null);
  }

  public static ColumnType time(int precision) {
    return new ColumnType(Kind.TIME, 0, precision, 0, null);
  }

  public static ColumnType timeTz(int precision) {
    return new ColumnType(Kind.TIME_TZ, 0, precision, 0, null);
  }

  public static ColumnType timestamp(int precision) {
    return new ColumnType(Kind.TIMESTAMP, 0, precision, 0, null);
  }

  public static ColumnType timestampTz(int precision) {
    return new ColumnType(Kind.TIMESTAMP_TZ, 0, precision, 0, null);
  }

  /** A verbatim SQL type, as JPA's {@code columnDefinition} gives it; rendered unchanged by every dialect. */
  public static ColumnType custom(String definition) {
    return new ColumnType(Kind.CUSTOM, 0, 0, 0, definition);
  }

  private static final Pattern TEXT = Pattern.compile("([A-Z_]+)(?:\\((.*)\\))?");

  /** Parses the text form produced by {@link #toString()}. */
  public static ColumnType parse(String text) {
    Matcher m = TEXT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a column type: " + text);
    }
    Kind kind;
    try {
      kind = Kind.valueOf(m.group(1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown column type kind '" + m.group(1) + "' in: " + text, e);
    }
    String args = m.group(2);
    if (kind == Kind.CUSTOM) {
      return custom(args == null ? "" : args);
    }
    if (args == null) {
      return simple(kind);
    }
    try {
      String[] parts = args.split(",", -1);
      int first = Integer.parseInt(parts[0].trim());
      if (kind.hasLength() && parts.length == 1) {
        return new ColumnType(kind, first, 0, 0, null);
      }
      if (kind == Kind.DECIMAL && parts.length <= 2) {
        return decimal(first, parts.length == 2 ? Integer.parseInt(parts[1].trim()) : 0);
      }
      if (kind.hasPrecision() && parts.length == 1) {
        return new ColumnType(kind, 0, first, 0, null);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad arguments in column type: " + text, e);
    }
    throw new IllegalArgumentException("bad arguments in column type: " + text);
  }

  /** The stable text form, e.g. {@code VARCHAR(255)}; {@link #parse(String)} reads it back. */
  @Override
  public String toString() {
    if (kind == Kind.CUSTOM) {
      return "CUSTOM(" + definition + ")";
    }
    if (kind.hasLength() && length > 0) {
      return kind + "(" + length + ")";
    }
    if (kind == Kind.DECIMAL && precision > 0) {
      return kind + "(" + precision + "," + scale + ")";
    }
    if (kind.hasPrecision() && precision > 0) {
      return kind + "(" + precision + ")";
    }
    return kind.toString();
  }

  /** Lower-case name for messages. */
  public String describe() {
    return toString().toLowerCase(Locale.ROOT);
  }
}
