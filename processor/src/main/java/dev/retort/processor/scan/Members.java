package dev.retort.processor.scan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * An annotation's members as the source gives them, read from its mirror; a member left out takes the default the
 * caller names (JPA's). Reading a mirror costs the compiler far less than an annotation proxy, which computes every
 * member (and a proxy for every nested annotation) by reflection.
 */
final class Members {
  private final Map<String, AnnotationValue> given = new HashMap<>();

  Members(AnnotationMirror mirror) {
    mirror.getElementValues().forEach((member, value) -> given.put(member.getSimpleName().toString(), value));
  }

  String string(String member, String otherwise) {
    AnnotationValue v = given.get(member);
    return v == null ? otherwise : String.valueOf(v.getValue());
  }

  int integer(String member, int otherwise) {
    AnnotationValue v = given.get(member);
    return v == null ? otherwise : (Integer) v.getValue();
  }

  boolean bool(String member, boolean otherwise) {
    AnnotationValue v = given.get(member);
    return v == null ? otherwise : (Boolean) v.getValue();
  }

  /** An enum member's constant name. */
  String constant(String member, String otherwise) {
    AnnotationValue v = given.get(member);
    if (v == null) {
      return otherwise;
    }
    return v.getValue() instanceof VariableElement constant ? constant.getSimpleName().toString()
        : String.valueOf(v.getValue());
  }

  /** A {@code Class} member as a declared type; empty when left out, {@code void.class} or a primitive. */
  Optional<DeclaredType> type(String member) {
    AnnotationValue v = given.get(member);
    return v != null && v.getValue() instanceof TypeMirror t && t.getKind() == TypeKind.DECLARED
        ? Optional.of((DeclaredType) t) : Optional.empty();
  }

  /** A nested annotation, or null when left out. */
  Members annotation(String member) {
    AnnotationValue v = given.get(member);
    return v == null ? null : new Members((AnnotationMirror) v.getValue());
  }

  /** An array of nested annotations (one given without braces included); empty when left out. */
  List<Members> annotations(String member) {
    AnnotationValue v = given.get(member);
    if (v == null) {
      return List.of();
    }
    if (v.getValue() instanceof AnnotationMirror single) {
      return List.of(new Members(single));
    }
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) v.getValue();
    return values.stream().map(x -> new Members((AnnotationMirror) x.getValue())).toList();
  }
}
