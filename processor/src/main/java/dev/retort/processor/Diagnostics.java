package dev.retort.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one reporter every processor message goes through: aims each message at the most precise element,
 * annotation and value available, counts errors, and drops warnings the user suppressed with
 * {@code @SuppressWarnings("retort:<tag>")} on the element or an enclosing one. Reporting never throws.
 */
public final class Diagnostics {
  private final Messager messager;
  private int errors;
  private int warnings;

  public Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /** A build-level error (options, the review stop): no element to aim at. */
  public void error(String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message);
  }

  public void error(String message, Element element) {
    error(message, element, null, null);
  }

  public void error(String message, Element element, AnnotationMirror annotation) {
    error(message, element, annotation, null);
  }

  public void error(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    errors++;
    print(Diagnostic.Kind.ERROR, message, element, annotation, value);
  }

  /**
   * A warning with its tag (without the {@code retort:} prefix); skipped when the element or an enclosing element
   * carries {@code @SuppressWarnings("retort:<tag>")}.
   */
  public void warning(String tag, String message, Element element) {
    if (element != null && suppressed(tag, element)) {
      return;
    }
    warnings++;
    print(Diagnostic.Kind.WARNING, message, element, null, null);
  }

  public void note(String message) {
    messager.printMessage(Diagnostic.Kind.NOTE, message);
  }

  private void print(Diagnostic.Kind kind, String message, Element element, AnnotationMirror annotation,
      AnnotationValue value) {
    if (element == null) {
      messager.printMessage(kind, message);
    } else if (annotation == null) {
      messager.printMessage(kind, message, element);
    } else if (value == null) {
      messager.printMessage(kind, message, element, annotation);
    } else {
      messager.printMessage(kind, message, element, annotation, value);
    }
  }

  private static boolean suppressed(String tag, Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings s = e.getAnnotation(SuppressWarnings.class);
      if (s != null) {
        for (String v : s.value()) {
          if (v.equals("retort:" + tag) || v.equals("retort")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  public int errorCount() {
    return errors;
  }

  public int warningCount() {
    return warnings;
  }
}
