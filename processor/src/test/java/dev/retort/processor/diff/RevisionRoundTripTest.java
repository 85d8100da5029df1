package dev.retort.processor.diff;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.processor.write.RevisionWriter;
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
