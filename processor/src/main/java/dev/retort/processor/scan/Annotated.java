package dev.retort.processor.scan;

import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The annotations of one element, read once: their mirrors by qualified name, and a proxy for each one the mapping
 * reads through its annotation type. javac builds a new proxy for every {@code Element.getAnnotation} call (and
 * looks through all the element's annotations for one that is absent), while the mapping asks for the same
 * annotations of the same elements often.
 */
final class Annotated {
  private final Element element;
  private final Map<String, AnnotationMirror> mirrors;
  private final Map<Class<?>, Annotation> proxies = new HashMap<>(4);

  Annotated(Element element) {
    this.element = element;
    List<? extends AnnotationMirror> all = element.getAnnotationMirrors();
    this.mirrors = new HashMap<>(all.size() * 2);
    for (AnnotationMirror m : all) {
      mirrors.put(((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString(), m);
    }
  }

  /** Whether the element carries the annotation (a top-level type: its binary name is its qualified name). */
  boolean has(Class<? extends Annotation> annotation) {
    return mirrors.containsKey(annotation.getName());
  }

  /** The annotation, or null when the element does not carry it. */
  <A extends Annotation> A get(Class<A> annotation) {
    if (!has(annotation)) {
      return null;
    }
    return annotation.cast(proxies.computeIfAbsent(annotation, a -> element.getAnnotation(annotation)));
  }

  /** An annotation by qualified name: how Hibernate's are read without depending on Hibernate. */
  Optional<AnnotationMirror> mirror(String annotation) {
    return Optional.ofNullable(mirrors.get(annotation));
  }

  /** The annotation's members as given, or null when the element does not carry it. */
  Members members(Class<? extends Annotation> annotation) {
    return members(annotation.getName());
  }

  /** The members of an annotation named by its qualified name, or null when the element does not carry it. */
  Members members(String annotation) {
    AnnotationMirror m = mirrors.get(annotation);
    return m == null ? null : new Members(m);
  }

  /** A {@code String} member given explicitly (e.g. Hibernate's {@code @ColumnDefault}). */
  Optional<String> string(String annotation, String member) {
    return Optional.ofNullable(members(annotation)).map(m -> m.string(member, null));
  }

  /** An enum member's constant name, e.g. {@code CASCADE} of Hibernate's {@code @OnDelete(action = ...)}. */
  Optional<String> enumConstant(String annotation, String member) {
    return Optional.ofNullable(members(annotation)).map(m -> m.constant(member, null));
  }

  /** A {@code Class} member as a declared type; empty when absent or {@code void.class}. */
  Optional<DeclaredType> classValue(String annotation, String member) {
    return Optional.ofNullable(members(annotation)).flatMap(m -> m.type(member));
  }
}
