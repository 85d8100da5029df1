package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A database-side default for the column mapped by a field: an SQL expression, written as the database
 * should see it.
 *
 * <pre>{@code
 * @DbDefault("false")
 * private boolean deleted;
 * }</pre>
 *
 * <p>A default lets a NOT NULL column be added to a table that already holds rows. Hibernate's
 * {@code @ColumnDefault} is honoured the same way.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface DbDefault {
  /** The SQL default expression, e.g. {@code "0"}, {@code "'open'"}, {@code "CURRENT_TIMESTAMP"}. */
  String value();
}
