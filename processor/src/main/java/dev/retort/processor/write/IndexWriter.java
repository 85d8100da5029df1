package dev.retort.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.retort.runtime.RevisionCatalog;
import dev.retort.runtime.RevisionDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Writes the revision index through the {@link Filer}: {@code <revisions package>.RetortRevisionIndex}, a
 * {@link RevisionCatalog} listing every {@code @Revision} class sorted by id and, as a constant, its heads (the ids
 * no revision names as a parent), and its {@code META-INF/services/dev.retort.runtime.RevisionCatalog} entry, so
 * the runtime finds revisions without scanning the classpath and a boot with nothing to run compares the version
 * table with the heads without building a single descriptor. Must run in a normal round (javac warns about sources
 * created in the last round).
 */
public final class IndexWriter {
  public static final String INDEX_CLASS = "RetortRevisionIndex";
  public static final String SERVICE_FILE = "META-INF/services/" + RevisionCatalog.class.getName();

  /**
   * One revision as the index lists it.
   *
   * @param className the qualified name of the revision class
   * @param origin the element it came from (an originating element for the Filer)
   */
  public record Entry(String id, List<String> parents, String message, String className, Element origin) {
    public Entry {
      parents = List.copyOf(parents);
    }
  }

  private IndexWriter() {}

  /** The index source text. */
  public static JavaFile javaFile(String packageName, List<Entry> entries) {
    List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::id)).toList();
    ClassName list = ClassName.get(List.class);
    CodeBlock.Builder body = CodeBlock.builder().add("return $T.of(", list);
    if (!sorted.isEmpty()) {
      body.add("$>$>");
    }
    for (int i = 0; i < sorted.size(); i++) {
      Entry e = sorted.get(i);
      CodeBlock parents = CodeBlock.of("$T.of($L)", list, String.join(", ",
          e.parents().stream().map(p -> CodeBlock.of("$S", p).toString()).toList()));
      body.add("\nnew $T($S, $L, $S, $T::new)$L", RevisionDescriptor.class, e.id(), parents, e.message(),
          e.origin() instanceof TypeElement t ? ClassName.get(t) : ClassName.bestGuess(e.className()),
          i < sorted.size() - 1 ? "," : "");
    }
    if (!sorted.isEmpty()) {
      body.add("$<$<");
    }
    body.add(");\n");
    MethodSpec revisions = MethodSpec.methodBuilder("revisions")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(list, ClassName.get(RevisionDescriptor.class)))
        .addCode(body.build())
        .build();
    List<String> heads = heads(sorted);
    FieldSpec headsField = FieldSpec.builder(ParameterizedTypeName.get(list, ClassName.get(String.class)), "HEADS",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", list, String.join(", ", heads.stream().map(h -> CodeBlock.of("$S", h).toString())
            .toList()))
        .build();
    MethodSpec headsMethod = MethodSpec.methodBuilder("heads")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(list, ClassName.get(String.class)))
        .addStatement("return HEADS")
        .build();
    TypeSpec.Builder type = TypeSpec.classBuilder(INDEX_CLASS)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(RevisionCatalog.class)
        .addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", "dev.retort.processor.RetortProcessor").build())
        .addJavadoc("Every revision of this application, for the Retort runtime; generated, do not edit.\n")
        .addField(headsField)
        .addMethod(revisions)
        .addMethod(headsMethod);
    for (Entry e : sorted) {
      if (e.origin() != null) {
        type.addOriginatingElement(e.origin());
      }
    }
    return JavaFile.builder(packageName, type.build()).skipJavaLangImports(true).indent("  ").build();
  }

  /** The ids no entry names as a parent, sorted: what {@link RevisionCatalog#heads()} computes at run time. */
  static List<String> heads(List<Entry> entries) {
    Set<String> parents = new HashSet<>();
    entries.forEach(e -> parents.addAll(e.parents()));
    return entries.stream().map(Entry::id).filter(id -> !parents.contains(id)).distinct().sorted().toList();
  }

  /** Writes the index class and its service entry. */
  public static void write(Filer filer, String packageName, List<Entry> entries) throws IOException {
    JavaFile file = javaFile(packageName, entries);
    Element[] origins = entries.stream().map(Entry::origin).filter(o -> o != null).toArray(Element[]::new);
    String qualified = packageName.isEmpty() ? INDEX_CLASS : packageName + "." + INDEX_CLASS;
    JavaFileObject source = filer.createSourceFile(qualified, origins);
    try (Writer w = source.openWriter()) {
      file.writeTo(w);
    }
    FileObject service = filer.createResource(StandardLocation.CLASS_OUTPUT, "", SERVICE_FILE, origins);
    try (Writer w = new java.io.OutputStreamWriter(service.openOutputStream(), StandardCharsets.UTF_8)) {
      w.write(qualified + "\n");
    }
  }
}
