package dev.retort.processor.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The JPA defaults Retort applies where the entity says nothing, in one place: implicit join column, join table and
 * collection table names, and the deterministic names of constraints JPA leaves unnamed ({@code fk_<table>_<columns>},
 * {@code uk_...}, {@code ix_...}, {@code ck_...}, at most 63 characters as PostgreSQL allows). Also finds an
 * annotation by name through its mirror, as Hibernate's own annotations are honoured without depending on Hibernate.
 */
public final class MappingRules {
  /** PostgreSQL's identifier limit; longer generated names end in a hash. */
  static final int MAX_NAME = 63;

  private MappingRules() {}

  public static String foreignKeyName(String table, List<String> columns) {
    return limit("fk_" + table + "_" + String.join("_", columns));
  }

  public static String uniqueName(String table, List<String> columns) {
    return limit("uk_" + table + "_" + String.join("_", columns));
  }

  public static String indexName(String table, List<String> columns) {
    return limit("ix_" + table + "_" + String.join("_", columns));
  }

  public static String checkName(String table, String column) {
    return limit("ck_" + table + "_" + column);
  }

  /** JPA's implicit join column: the attribute (or entity) name, an underscore, the referenced column. */
  public static String joinColumnName(String attributeOrEntity, String referencedColumn) {
    return attributeOrEntity + "_" + referencedColumn;
  }

  /** Hibernate's implicit sequence for {@code AUTO} and an unnamed {@code SEQUENCE} generator. */
  public static String implicitSequenceName(String entityName) {
    return entityName + "_SEQ";
  }

  /** JPA's implicit {@code @OrderColumn}: the attribute name and {@code _ORDER}. */
  public static String orderColumnName(String attribute) {
    return attribute + "_ORDER";
  }

  static String limit(String name) {
    if (name.length() <= MAX_NAME) {
      return name;
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return name.substring(0, MAX_NAME - 9) + "_" + HexFormat.of().formatHex(hash).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The annotation of that qualified type name on the element, if present. */
  public static Optional<AnnotationMirror> mirror(Element element, String annotation) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      TypeElement t = (TypeElement) m.getAnnotationType().asElement();
      if (t.getQualifiedName().contentEquals(annotation)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
