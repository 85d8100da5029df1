package dev.retort.processor.diff;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.ops.CreateTable;
import dev.retort.ops.Migration;
import dev.retort.ops.Op;
import dev.retort.ops.Ops;
import dev.retort.processor.write.RevisionWriter;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated code says exactly what the diff decided: random diffs are written as revision sources, compiled
 * with {@code -Xlint:all -Werror}, run on a recording {@code Ops}, and the recorded operations equal the diff's.
 */
class RevisionRoundTripTest {
  @Test
  void renderedRevisionsRecordTheDiffsOperations() throws Exception {
    long seed = Long.getLong("retort.seed", System.nanoTime());
    Random random = new Random(seed);
    List<DiffResult> diffs = new ArrayList<>();
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      DiffResult d = SchemaDiffPropertyTest.randomDiff(random);
      diffs.add(d);
      RevisionWriter.Spec spec = new RevisionWriter.Spec("gen", "R" + i, "id" + i, i == 0 ? List.of() : List.of(
          "id" + (i - 1)), "random revision " + i, "2026-11-22 15:30", d.upgrade(), d.downgrade());
      sources.add(JavaFileObjects.forSourceString("gen.R" + i, RevisionWriter.source(spec)));
    }
    Compilation c = Compiler.javac().withOptions("-Xlint:all", "-Werror").compile(sources);
    assertThat(c).succeededWithoutWarnings();
    ClassLoader loader = loader(c);
    for (int i = 0; i < diffs.size(); i++) {
      Migration m = (Migration) loader.loadClass("gen.R" + i).getDeclaredConstructor().newInstance();
      assertEquals(diffs.get(i).upgrade(), Ops.upgradeOf(m), "seed " + seed + ", revision " + i);
      assertEquals(diffs.get(i).downgrade(), Ops.downgradeOf(m), "seed " + seed + ", revision " + i);
    }
  }

  /**
   * Found by the processor benchmark: the first revision of a 500-entity model put every {@code createTable} in
   * one method and failed to compile ("code too large": the JVM limits a method to 64 KB of bytecode).
   */
  @Test
  void aRevisionTooLargeForOneMethodIsSplitIntoPartsAndRecordsTheSameOperations() throws Exception {
    List<Op> upgrade = new ArrayList<>();
    for (int t = 0; t < 600; t++) {
      Table.Builder table = Table.named("entity_" + t).column(Column.of("id", ColumnType.BIGINT).asIdentity());
      for (int c = 0; c < 12; c++) {
        table.column(Column.of("field_" + c, ColumnType.varchar(100)).notNull());
      }
      upgrade.add(new CreateTable(table.primaryKey("id").build()));
    }
    List<Op> downgrade = new ArrayList<>();
    for (int i = upgrade.size() - 1; i >= 0; i--) {
      downgrade.add(upgrade.get(i).reverse());
    }
    RevisionWriter.Spec spec = new RevisionWriter.Spec("gen", "Big", "big", List.of(), "create 600 tables",
        "2026-11-22 15:30", upgrade, downgrade);
    String source = RevisionWriter.source(spec);
    Compilation c = Compiler.javac().withOptions("-Xlint:all", "-Werror")
        .compile(JavaFileObjects.forSourceString("gen.Big", source));
    assertThat(c).succeededWithoutWarnings();
    assertTrue(source.contains("    upgradePart1(ops);\n") && source.contains("  private static void upgradePart2("),
        "the body is split into parts");
    Migration m = (Migration) loader(c).loadClass("gen.Big").getDeclaredConstructor().newInstance();
    assertEquals(upgrade, Ops.upgradeOf(m));
    assertEquals(downgrade, Ops.downgradeOf(m));
  }

  private static ClassLoader loader(Compilation c) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject f : c.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS) {
        String path = f.toUri().getPath();
        String name = path.substring(path.indexOf("CLASS_OUTPUT/") + 13, path.length() - 6).replace('/', '.');
        try (InputStream in = f.openInputStream()) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          in.transferTo(out);
          classes.put(name, out.toByteArray());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new ClassLoader(RevisionRoundTripTest.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = classes.get(name);
        if (b == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, b, 0, b.length);
      }
    };
  }
}
