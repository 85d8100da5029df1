package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** Every mapping rule, pinned by golden revision sources and snapshots of a first compile. */
class MappingTest {
  @TempDir
  Path dir;

  private void golden(TestInfo info, Harness h, Compilation c) {
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[retort:review] wrote ");
    assertThat(c).hadErrorCount(1);
    Goldens.assertGolden(info, Harness.PACKAGE + "." + h.onlyRevisionName() + ".java", h.onlyRevision());
    Goldens.assertGolden(info, "snapshot.json", h.snapshotText());
  }

  @Test
  void basicTypes(TestInfo info) {
    Harness h = new Harness(dir);
    golden(info, h, h.compile("entities/good/basic/Everything.java", "entities/good/basic/Status.java",
        "entities/good/basic/Priority.java", "entities/good/basic/YesNoConverter.java",
        "entities/good/basic/Money.java"));
  }

  private static String[] files(String dir, String... names) {
    String[] out = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = "entities/good/" + dir + "/" + names[i] + ".java";
    }
    return out;
  }

  @Test
  void identifiers(TestInfo info) {
    Harness h = new Harness(dir);
    golden(info, h, h.compile(files("ids", "IdentityKey", "SequenceKey", "AutoKey", "UuidKey", "TableKey", "LinePk",
        "OrderLine", "StockKey", "Stock", "PropertyAccess")));
  }

  @Test
  void embeddablesAndMappedSuperclasses(TestInfo info) {
    Harness h = new Harness(dir);
    golden(info, h, h.compile(files("embedded", "Address", "Geo", "Audited", "Customer")));
  }

  @Test
  void inheritance(TestInfo info) {
    Harness h = new Harness(dir);
    golden(info, h, h.compile(files("inheritance", "Vehicle", "Car", "Truck", "Payment", "CardPayment", "Shape",
        "Circle")));
  }

  @Test
  void relations(TestInfo info) {
    Harness h = new Harness(dir);
    golden(info, h, h.compile(files("relations", "Author", "Award", "Profile", "Review", "Book", "Tag")));
  }

  @Test
  void relationsWithSnakeNaming(TestInfo info) {
    Harness h = new Harness(dir).option("retort.naming", "snake");
    golden(info, h, h.compile(files("relations", "Author", "Award", "Profile", "Review", "Book", "Tag")));
  }

  @Test
  void basicTypesWithSnakeNaming(TestInfo info) {
    Harness h = new Harness(dir).option("retort.naming", "snake");
    golden(info, h, h.compile(files("basic", "Everything", "Status", "Priority", "YesNoConverter", "Money")));
  }

  @Test
  void discriminatorsMapsIdOrderColumnsAndCompositeReferences(TestInfo info) {
    Harness h = new Harness(dir);
    String[] misc = files("misc", "Account", "Role", "Premium", "Entry", "AccountDetails", "Shipment");
    String[] ids = files("ids", "OrderLine", "LinePk");
    String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(misc), java.util.Arrays.stream(ids))
        .toArray(String[]::new);
    golden(info, h, h.compile(all));
  }
}
