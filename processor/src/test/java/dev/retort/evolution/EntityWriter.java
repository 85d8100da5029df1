package dev.retort.evolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a {@link ModelSpec} as the Java entity sources a developer would have written. */
final class EntityWriter {
  static final String PACKAGE = "gen.model";

  private EntityWriter() {}

  /** File name (relative to the source root) to source text. */
  static Map<String, String> sources(ModelSpec model) {
    Map<String, String> files = new LinkedHashMap<>();
    String dir = PACKAGE.replace('.', '/') + "/";
    for (EntitySpec e : model.entities()) {
      files.put(dir + e.className() + ".java", entity(model, e));
    }
    files.put(dir + "Color.java", "package " + PACKAGE + ";\n\npublic enum Color {\n  RED,\n  GREEN,\n  BLUE\n}\n");
    files.put(dir + "Address.java", """
        package %s;

        import jakarta.persistence.Column;
        import jakarta.persistence.Embeddable;

        @Embeddable
        public class Address {
          @Column(length = 100)
          private String street;

          @Column(length = 10)
          private String zip;
        }
        """.formatted(PACKAGE));
    return files;
  }

  /** The qualified names of the model's entity and embeddable classes. */
  static List<String> classNames(ModelSpec model) {
    List<String> names = new ArrayList<>();
    for (EntitySpec e : model.entities()) {
      names.add(PACKAGE + "." + e.className());
    }
    names.add(PACKAGE + ".Address");
    return names;
  }

  static String indexName(EntitySpec e, String column) {
    return "ix_" + e.className().toLowerCase(Locale.ROOT) + "_" + column;
  }

  private static String entity(ModelSpec model, EntitySpec e) {
    StringBuilder s = new StringBuilder();
    s.append("package ").append(PACKAGE).append(";\n\n");
    s.append("import dev.retort.annotations.*;\nimport jakarta.persistence.*;\nimport java.math.BigDecimal;\n")
        .append("import java.time.*;\nimport java.util.UUID;\n\n");
    s.append("@Entity\n");
    if (e.renamedFrom() != null) {
      s.append("@RenamedFrom(\"").append(e.renamedFrom()).append("\")\n");
    }
    s.append("@Table(name = \"").append(e.table()).append('"');
    if (!e.indexes().isEmpty()) {
      List<String> indexes = new ArrayList<>();
      for (String fieldName : e.indexes()) {
        FieldSpec f = e.fields().stream().filter(x -> x.name().equals(fieldName)).findFirst().orElseThrow();
        String column = Columns.name(model.naming(), f);
        indexes.add("@Index(name = \"" + indexName(e, column) + "\", columnList = \"" + column + "\")");
      }
      s.append(", indexes = {").append(String.join(", ", indexes)).append('}');
    }
    s.append(")\npublic class ").append(e.className()).append(" {\n");
    s.append("  @Id\n  @GeneratedValue(strategy = GenerationType.IDENTITY)\n  private Long id;\n");
    for (FieldSpec f : e.fields()) {
      s.append('\n');
      field(s, f);
    }
    s.append("}\n");
    return s.toString();
  }

  private static void field(StringBuilder s, FieldSpec f) {
    if (f.renamedFrom() != null) {
      s.append("  @RenamedFrom(\"").append(f.renamedFrom()).append("\")\n");
    }
    switch (f.kind()) {
      case RELATION -> {
        s.append("  @ManyToOne\n  @JoinColumn(name = \"").append(f.column()).append("\")\n");
        s.append("  private ").append(f.target()).append(' ').append(f.name()).append(";\n");
        return;
      }
      case EMBEDDED -> {
        s.append("  @Embedded\n  private Address ").append(f.name()).append(";\n");
        return;
      }
      case ENUM -> s.append("  @Enumerated(EnumType.STRING)\n");
      default -> { }
    }
    if (f.dbDefault() != null) {
      s.append("  @DbDefault(\"").append(f.dbDefault()).append("\")\n");
    }
    List<String> attrs = new ArrayList<>();
    if (f.column() != null) {
      attrs.add("name = \"" + f.column() + "\"");
    }
    if (!f.nullable() && !f.primitive()) {
      attrs.add("nullable = false");
    }
    if (f.kind() == FieldKind.STRING && f.length() != 255) {
      attrs.add("length = " + f.length());
    }
    if (f.kind() == FieldKind.DECIMAL) {
      attrs.add("precision = " + f.precision());
      attrs.add("scale = " + f.scale());
    }
    if (f.unique()) {
      attrs.add("unique = true");
    }
    if (!attrs.isEmpty()) {
      s.append("  @Column(").append(String.join(", ", attrs)).append(")\n");
    }
    String type = f.primitive() ? f.kind().primitive : f.kind().boxed;
    s.append("  private ").append(type).append(' ').append(f.name()).append(";\n");
  }
}
