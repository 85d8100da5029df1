package dev.retort.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.retort.processor.write.Snapshot;
import dev.retort.processor.write.SnapshotCodec;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Table;
import dev.retort.testsupport.SpringImplicitNaming;
import java.nio.file.Path;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.type.SqlTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hibernate ORM as the independent oracle: the fixture entities, compiled and bootstrapped into Hibernate's own
 * mapping model (no database needed), must give the same tables, columns, types (by JDBC type code, with length,
 * precision and scale), nullability, primary keys and sequences as Retort's snapshot.
 */
class HibernateOracleTest {
  @TempDir
  Path dir;

  private void assertSameAsHibernate(Map<String, String> extra, String... fixtures) throws Exception {
    Harness h = new Harness(dir);
    extra.forEach(h::option);
    h.compile(fixtures);
    List<javax.tools.JavaFileObject> sources = new ArrayList<>(h.revisionSources());
    for (String f : fixtures) {
      sources.add(com.google.testing.compile.JavaFileObjects.forResource(f));
    }
    Compilation c = h.compile(sources);
    com.google.testing.compile.CompilationSubject.assertThat(c).succeeded();
    Snapshot snapshot = SnapshotCodec.decode(h.snapshotText());
    ClassLoader loader = Harness.classLoader(c);
    StandardServiceRegistryBuilder rb = new StandardServiceRegistryBuilder(
        new org.hibernate.boot.registry.BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
        .applySetting("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect")
        .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
        .applySetting("hibernate.temp.use_jdbc_metadata_defaults", "false")
        // Byte[] and Character[] as binary and character columns, as Retort maps them (README: known limits)
        .applySetting("hibernate.type.wrapper_array_handling", "legacy");
    if ("snake".equals(extra.get("retort.naming"))) {
      rb.applySetting("hibernate.physical_naming_strategy",
          "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
      rb.applySetting("hibernate.implicit_naming_strategy", SpringImplicitNaming.class.getName());
    }
    StandardServiceRegistry registry = rb.build();
    try {
      MetadataSources metadataSources = new MetadataSources(registry);
      for (SortedMap.Entry<String, java.util.SortedSet<String>> e : snapshot.entities().entrySet()) {
        for (String name : e.getValue()) {
          metadataSources.addAnnotatedClass(loader.loadClass(name));
        }
      }
      Metadata metadata = metadataSources.buildMetadata();
      SortedMap<String, String> expected = new TreeMap<>();
      List<String> sequences = new ArrayList<>();
      for (Namespace ns : metadata.getDatabase().getNamespaces()) {
        for (org.hibernate.mapping.Table t : ns.getTables()) {
          if (!t.isPhysicalTable()) {
            continue;
          }
          List<String> cols = new ArrayList<>();
          for (org.hibernate.mapping.Column col : t.getColumns()) {
            cols.add(col.getName() + (col.isNullable() ? "" : " not null") + " " + kindOf(col, metadata));
          }
          cols.sort(null);
          if (t.getPrimaryKey() != null) {
            cols.add("pk(" + String.join(",", t.getPrimaryKey().getColumns().stream()
                .map(org.hibernate.mapping.Column::getName).toList()) + ")");
          }
          expected.put(t.getName().toLowerCase(Locale.ROOT), String.join(", ", cols));
        }
        ns.getSequences().forEach(s -> sequences.add(s.getName().getSequenceName().getText() + " "
            + s.getInitialValue() + " " + s.getIncrementSize()));
      }
      SortedMap<String, String> actual = new TreeMap<>();
      for (Table t : snapshot.schema().tables()) {
        List<String> cols = new ArrayList<>();
        for (Column col : t.columns()) {
          cols.add(col.name() + (col.nullable() ? "" : " not null") + " " + kindOf(col.type()));
        }
        cols.sort(null);
        if (t.primaryKey() != null) {
          cols.add("pk(" + String.join(",", t.primaryKey().columns()) + ")");
        }
        actual.put(t.name().toLowerCase(Locale.ROOT), String.join(", ", cols));
      }
      assertEquals(expected, actual);
      sequences.sort(null);
      assertEquals(sequences, snapshot.schema().sequences().stream()
          .map(s -> s.name() + " " + s.start() + " " + s.increment()).sorted().toList());
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  /** Retort's type in the terms the comparison uses: the kind, with length or precision and scale. */
  private static String kindOf(ColumnType t) {
    switch (t.kind()) {
      case VARCHAR:
      case CHAR:
      case VARBINARY:
        return t.kind() + "(" + t.length() + ")";
      case DECIMAL:
        return t.kind() + "(" + t.precision() + "," + t.scale() + ")";
      case TIMESTAMP_TZ:
      case TIMESTAMP:
        return t.kind().toString();
      case CUSTOM:
        return "CUSTOM(" + t.definition() + ")";
      default:
        return t.kind().toString();
    }
  }

  /** Hibernate's type of a column, from its JDBC type code, in the same terms. */
  private static String kindOf(org.hibernate.mapping.Column col, Metadata metadata) {
    if (col.getSqlType() != null) {
      // Hibernate's own table generator spells its columns out; a user's columnDefinition stays verbatim
      switch (col.getSqlType()) {
        case "bigint": return "BIGINT";
        case "varchar(255)": return "VARCHAR(255)";
        default: return "CUSTOM(" + col.getSqlType() + ")";
      }
    }
    int code = col.getSqlTypeCode(metadata);
    org.hibernate.engine.jdbc.Size size = col.getColumnSize(metadata.getDatabase().getDialect(), metadata);
    switch (code) {
      case Types.BOOLEAN: case Types.BIT: return "BOOLEAN";
      case Types.TINYINT: return "TINYINT";
      case Types.SMALLINT: return "SMALLINT";
      case Types.INTEGER: return "INTEGER";
      case Types.BIGINT: return "BIGINT";
      case Types.REAL: return "REAL";
      case Types.FLOAT: return size.getPrecision() != null && size.getPrecision() <= 24 ? "REAL" : "DOUBLE";
      case Types.DOUBLE: return "DOUBLE";
      case Types.NUMERIC: case Types.DECIMAL:
        return "DECIMAL(" + size.getPrecision() + "," + size.getScale() + ")";
      case Types.CHAR: case Types.NCHAR: return "CHAR(" + size.getLength() + ")";
      case Types.VARCHAR: case Types.NVARCHAR: return "VARCHAR(" + size.getLength() + ")";
      case Types.CLOB: case Types.NCLOB: case Types.LONGVARCHAR: return "CLOB";
      case Types.VARBINARY: case Types.BINARY: return "VARBINARY(" + size.getLength() + ")";
      case Types.BLOB: case Types.LONGVARBINARY: return "BLOB";
      case Types.DATE: return "DATE";
      case Types.TIME: case SqlTypes.TIME_UTC: return "TIME";
      case Types.TIMESTAMP: return "TIMESTAMP";
      case Types.TIMESTAMP_WITH_TIMEZONE: case SqlTypes.TIMESTAMP_UTC: return "TIMESTAMP_TZ";
      case SqlTypes.UUID: return "UUID";
      default: return "code " + code;
    }
  }

  private static String[] files(String dir, String... names) {
    String[] out = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = "entities/good/" + dir + "/" + names[i] + ".java";
    }
    return out;
  }

  @Test
  void basicTypes() throws Exception {
    assertSameAsHibernate(Map.of(), files("basic", "Everything", "Status", "Priority", "YesNoConverter", "Money"));
  }

  @Test
  void identifiers() throws Exception {
    assertSameAsHibernate(Map.of(), files("ids", "IdentityKey", "SequenceKey", "AutoKey", "UuidKey", "TableKey",
        "LinePk", "OrderLine", "StockKey", "Stock", "PropertyAccess"));
  }

  @Test
  void embeddables() throws Exception {
    assertSameAsHibernate(Map.of(), files("embedded", "Address", "Geo", "Audited", "Customer"));
  }

  @Test
  void inheritance() throws Exception {
    assertSameAsHibernate(Map.of(), files("inheritance", "Vehicle", "Car", "Truck", "Payment", "CardPayment", "Shape",
        "Circle"));
  }

  @Test
  void relations() throws Exception {
    assertSameAsHibernate(Map.of(), files("relations", "Author", "Award", "Profile", "Review", "Book", "Tag"));
  }

  @Test
  void relationsSnake() throws Exception {
    assertSameAsHibernate(Map.of("retort.naming", "snake"), files("relations", "Author", "Award", "Profile", "Review",
        "Book", "Tag"));
  }

  /** A {@code referencedColumnName} is a logical name: {@code orderId} refers to {@code order_id} in snake naming. */
  @Test
  void compositeReferencesSnake() throws Exception {
    String[] misc = files("misc", "Account", "Role", "Premium", "Entry", "AccountDetails", "Shipment");
    String[] ids = files("ids", "OrderLine", "LinePk");
    assertSameAsHibernate(Map.of("retort.naming", "snake"), java.util.stream.Stream.concat(
        java.util.Arrays.stream(misc), java.util.Arrays.stream(ids)).toArray(String[]::new));
  }

  @Test
  void discriminatorsMapsIdOrderColumnsAndCompositeReferences() throws Exception {
    String[] misc = files("misc", "Account", "Role", "Premium", "Entry", "AccountDetails", "Shipment");
    String[] ids = files("ids", "OrderLine", "LinePk");
    assertSameAsHibernate(Map.of(), java.util.stream.Stream.concat(java.util.Arrays.stream(misc),
        java.util.Arrays.stream(ids)).toArray(String[]::new));
  }
}
