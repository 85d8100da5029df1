package dev.retort.processor.scan;

import dev.retort.schema.ColumnType;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Maps a Java attribute type to its dialect-neutral column type, with Hibernate ORM 7's defaults: String to
 * VARCHAR(255), BigDecimal to DECIMAL(38,2), LocalDateTime to TIMESTAMP(6), Instant to TIMESTAMP_TZ(6), byte[] to
 * VARBINARY(255) (BLOB with {@code @Lob}), other Serializable types to VARBINARY. Enums, embeddables and associations
 * are not basic types and are handled by {@link EntityScanner}.
 */
public final class TypeMapper {

  /** Length, precision and scale from {@code @Column}; 0 means "not given". */
  public record Sizes(int length, int precision, int scale) {
    public static final Sizes DEFAULT = new Sizes(0, 0, 0);

    int lengthOr255() {
      return length > 0 ? length : 255;
    }

    int precisionOr38() {
      return precision > 0 ? precision : 38;
    }

    int scaleOr2() {
      return scale > 0 ? scale : 2;
    }
  }

  private final Types types;
  private final TypeMirror serializable;

  public TypeMapper(Elements elements, Types types) {
    this.types = types;
    TypeElement s = elements.getTypeElement("java.io.Serializable");
    this.serializable = s == null ? null : s.asType();
  }

  /**
   * The column type, or empty when the type is not a basic type Retort knows.
   *
   * @param temporal the constant of a {@code @Temporal} annotation ({@code DATE}, {@code TIME}, {@code TIMESTAMP}),
   *     read by name because JPA 3.2 deprecates the annotation; null when absent
   */
  public Optional<ColumnType> map(TypeMirror type, Sizes sizes, boolean lob, String temporal) {
    switch (type.getKind()) {
      case BOOLEAN: return Optional.of(ColumnType.BOOLEAN);
      case BYTE: return Optional.of(ColumnType.TINYINT);
      case SHORT: return Optional.of(ColumnType.SMALLINT);
      case INT: return Optional.of(ColumnType.INTEGER);
      case LONG: return Optional.of(ColumnType.BIGINT);
      case FLOAT: return Optional.of(ColumnType.REAL);
      case DOUBLE: return Optional.of(ColumnType.DOUBLE);
      case CHAR: return Optional.of(ColumnType.fixedChar(1));
      case ARRAY: return array((ArrayType) type, sizes, lob);
      case DECLARED: return declared((DeclaredType) type, sizes, lob, temporal);
      default: return Optional.empty();
    }
  }

  private Optional<ColumnType> array(ArrayType type, Sizes sizes, boolean lob) {
    TypeMirror c = type.getComponentType();
    String name = c.getKind() == TypeKind.DECLARED ? qualifiedName(c) : "";
    if (c.getKind() == TypeKind.BYTE || name.equals("java.lang.Byte")) {
      return Optional.of(lob ? ColumnType.BLOB : ColumnType.varbinary(sizes.lengthOr255()));
    }
    if (c.getKind() == TypeKind.CHAR || name.equals("java.lang.Character")) {
      return Optional.of(lob ? ColumnType.CLOB : ColumnType.varchar(sizes.lengthOr255()));
    }
    return Optional.empty();
  }

  private Optional<ColumnType> declared(DeclaredType type, Sizes sizes, boolean lob, String temporal) {
    String name = qualifiedName(type);
    switch (name) {
      case "java.lang.Boolean": return Optional.of(ColumnType.BOOLEAN);
      case "java.lang.Byte": return Optional.of(ColumnType.TINYINT);
      case "java.lang.Short": return Optional.of(ColumnType.SMALLINT);
      case "java.lang.Integer": return Optional.of(ColumnType.INTEGER);
      case "java.lang.Long": return Optional.of(ColumnType.BIGINT);
      case "java.lang.Float": return Optional.of(ColumnType.REAL);
      case "java.lang.Double": return Optional.of(ColumnType.DOUBLE);
      case "java.lang.Character": return Optional.of(ColumnType.fixedChar(1));
      case "java.lang.String": return Optional.of(lob ? ColumnType.CLOB : ColumnType.varchar(sizes.lengthOr255()));
      case "java.math.BigDecimal": return Optional.of(ColumnType.decimal(sizes.precisionOr38(), sizes.scaleOr2()));
      case "java.math.BigInteger": return Optional.of(ColumnType.decimal(sizes.precisionOr38(), 0));
      case "java.time.LocalDate":
      case "java.sql.Date":
        return Optional.of(ColumnType.DATE);
      case "java.time.LocalTime":
      case "java.sql.Time":
        return Optional.of(ColumnType.time(0));
      case "java.time.OffsetTime": return Optional.of(ColumnType.time(0));
      case "java.time.LocalDateTime":
      case "java.sql.Timestamp":
        return Optional.of(ColumnType.timestamp(6));
      case "java.time.Instant":
      case "java.time.OffsetDateTime":
      case "java.time.ZonedDateTime":
        return Optional.of(ColumnType.timestampTz(6));
      case "java.util.Date":
      case "java.util.Calendar":
        return Optional.of(temporal(temporal));
      case "java.util.UUID": return Optional.of(ColumnType.UUID);
      case "java.sql.Clob":
      case "java.sql.NClob":
        return Optional.of(ColumnType.CLOB);
      case "java.sql.Blob": return Optional.of(ColumnType.BLOB);
      case "java.util.Currency": return Optional.of(ColumnType.varchar(3));
      case "java.util.Locale":
      case "java.util.TimeZone":
      case "java.time.ZoneId":
      case "java.net.URL":
      case "java.lang.Class":
        return Optional.of(ColumnType.varchar(sizes.lengthOr255()));
      default:
        break;
    }
    if (serializable != null && types.isAssignable(types.erasure(type), serializable)
        && ((TypeElement) type.asElement()).getKind() == javax.lang.model.element.ElementKind.CLASS) {
      return Optional.of(lob ? ColumnType.BLOB : ColumnType.varbinary(sizes.lengthOr255()));
    }
    return Optional.empty();
  }

  /** {@code java.util.Date} and {@code Calendar} by their {@code @Temporal} constant name (null: TIMESTAMP). */
  private static ColumnType temporal(String temporal) {
    if ("DATE".equals(temporal)) {
      return ColumnType.DATE;
    }
    if ("TIME".equals(temporal)) {
      return ColumnType.time(0);
    }
    return ColumnType.timestamp(6);
  }

  static String qualifiedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return type.toString();
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }
}
