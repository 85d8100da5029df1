package dev.retort.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities that refer to types another processor generates are read once those types exist (deferral by name). */
class RoundsTest {
  @TempDir
  Path dir;

  /** Generates {@code deferred.GeneratedPrice} in the first round, as e.g. an immutables processor would. */
  static final class PriceGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (done) {
        return false;
      }
      done = true;
      try {
        JavaFileObject f = processingEnv.getFiler().createSourceFile("deferred.GeneratedPrice");
        try (Writer w = f.openWriter()) {
          w.write("package deferred;\n\n@jakarta.persistence.Embeddable\npublic class GeneratedPrice {\n"
              + "  java.math.BigDecimal amount;\n  String currency;\n}\n");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return false;
    }
  }

  private List<String> options(Harness h) {
    List<String> out = new ArrayList<>();
    h.options.forEach((k, v) -> out.add("-A" + k + "=" + v));
    return out;
  }

  @Test
  void waitsForGeneratedTypes() {
    Harness h = new Harness(dir);
    Compilation c = Compiler.javac().withProcessors(new RetortProcessor(), new PriceGenerator())
        .withOptions(options(h)).compile(JavaFileObjects.forResource("entities/good/deferred/Ticket.java"));
    assertThat(c).hadErrorContaining("[retort:review] wrote ");
    assertThat(c).hadErrorCount(1);
    assertTrue(h.onlyRevision().contains(".column(Column.of(\"amount\", ColumnType.decimal(38, 2)))"),
        h.onlyRevision());
  }

  @Test
  void aTypeThatNeverAppearsIsReportedOnTheEntity() {
    Harness h = new Harness(dir);
    JavaFileObject lost = JavaFileObjects.forResource("entities/bad/unresolved/Lost.java");
    Compilation c = h.compile(List.of(lost));
    assertThat(c).hadErrorContaining("cannot find symbol");
    assertThat(c).hadErrorContaining("[retort:unresolved] entity unresolved.Lost uses types that never became"
        + " available during the compile; fix the other compile errors first").inFile(lost)
        .onLineContaining("public class Lost");
    assertTrue(h.writtenRevisions().isEmpty());
  }
}
