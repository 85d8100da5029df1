package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells the processor that an entity's table or a field's column used to have another name, so the generated
 * revision renames it and keeps its data instead of dropping it and adding a new, empty one.
 *
 * <pre>{@code
 * @RenamedFrom("body")
 * private String description;
 * }</pre>
 *
 * <p>The value is the previous database name (table or column), as it appears in the snapshot. The hint may
 * stay in the source after the rename: once the old name is gone from the snapshot it has no effect.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {
  /** The previous table or column name. */
  String value();
}
