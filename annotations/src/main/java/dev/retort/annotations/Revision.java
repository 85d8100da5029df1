package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class implementing {@code dev.retort.ops.Migration} as one revision of the schema.
 *
 * <pre>{@code
 * @Revision(id = "20261122_1530_3f9a", parents = "20261120_0900_a1b2", message = "add deleted_at to todos")
 * public final class V20261122_1530__add_deleted_at_to_todos implements Migration { ... }
 * }</pre>
 *
 * <p>The processor writes these classes; a hand-written one (a data migration) chains like the others. The
 * first revision has no parents; a merge revision has two or more.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
  /** Unique id of this revision; never change it once the revision has been applied anywhere. */
  String id();

  /** Ids of the revisions this one follows; empty for the first revision. */
  String[] parents() default {};

  /** One line saying what the revision does. */
  String message() default "";
}
