package dev.retort.processor;

import com.google.auto.service.AutoService;
import dev.retort.annotations.Revision;
import jakarta.persistence.Entity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The Retort annotation processor's round loop, and nothing else: collects {@code @Entity} and {@code @Revision}
 * classes by name, defers while an entity still refers to types another processor has yet to generate, runs
 * {@link RetortStep} once in a normal round (so the index source is not created in the last round), and turns any
 * escaping exception into one "internal error" diagnostic. Never claims the annotations.
 */
@AutoService(Processor.class)
public final class RetortProcessor extends AbstractProcessor {
  private static final String ENTITY = Entity.class.getName();
  private static final String REVISION = Revision.class.getName();
  private final Set<String> entities = new LinkedHashSet<>();
  private final Set<String> revisions = new LinkedHashSet<>();
  private final Runnable beforeStep;
  private Diagnostics diagnostics;
  private boolean done;

  /** The processor javac's service loader creates. */
  public RetortProcessor() {
    this(() -> { });
  }

  /** A processor that runs {@code beforeStep} first; tests use it to prove that failures become one diagnostic. */
  RetortProcessor(Runnable beforeStep) {
    this.beforeStep = beforeStep;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    diagnostics = new Diagnostics(env.getMessager());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ENTITY, REVISION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.keys();
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
    if (round.processingOver()) {
      if (!round.errorRaised()) {
        for (String name : entities) {
          diagnostics.error(Messages.unresolved(name), processingEnv.getElementUtils().getTypeElement(name));
        }
      }
      done = true;
      return false;
    }
    // one pass over the round's elements for both annotations (javac visits every member for each)
    if (!annotations.isEmpty()) {
      for (Element e : round.getElementsAnnotatedWithAny(annotations.toArray(TypeElement[]::new))) {
        if (e instanceof TypeElement t) {
          collect(t);
        }
      }
    }
    List<TypeElement> entityTypes = resolve(entities);
    if (entityTypes.stream().anyMatch(this::unresolved)) {
      return false;
    }
    done = true;
    RetortStep step = new RetortStep(processingEnv, diagnostics);
    try {
      beforeStep.run();
      step.run(entityTypes, resolve(revisions));
    } catch (RuntimeException e) {
      String trace = null;
      if (ProcessorOptions.debug(processingEnv.getOptions())) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        trace = w.toString();
      }
      diagnostics.error(Messages.internal(step.current(), trace), step.currentElement());
    }
    return false;
  }

  private void collect(TypeElement type) {
    for (AnnotationMirror m : type.getAnnotationMirrors()) {
      Name annotation = ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName();
      if (annotation.contentEquals(ENTITY)) {
        entities.add(type.getQualifiedName().toString());
      } else if (annotation.contentEquals(REVISION)) {
        revisions.add(type.getQualifiedName().toString());
      }
    }
  }

  private List<TypeElement> resolve(Set<String> names) {
    return names.stream().map(n -> processingEnv.getElementUtils().getTypeElement(n)).filter(t -> t != null).toList();
  }

  /** Whether the entity (or a superclass) declares a member whose type is not resolved yet. */
  private boolean unresolved(TypeElement type) {
    for (TypeElement t = type; t != null; ) {
      for (VariableElement f : ElementFilter.fieldsIn(t.getEnclosedElements())) {
        if (hasError(f.asType())) {
          return true;
        }
      }
      for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
        if (hasError(m.getReturnType())) {
          return true;
        }
      }
      TypeMirror s = t.getSuperclass();
      if (s.getKind() == TypeKind.ERROR) {
        return true;
      }
      t = s.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) s).asElement() : null;
    }
    return false;
  }

  private static boolean hasError(TypeMirror t) {
    if (t.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (t.getKind() == TypeKind.DECLARED) {
      return ((DeclaredType) t).getTypeArguments().stream().anyMatch(RetortProcessor::hasError);
    }
    return false;
  }
}
