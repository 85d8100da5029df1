package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database action when the row a {@code @ManyToOne} or {@code @OneToOne} foreign key references is
 * deleted. JPA has no such setting; Hibernate's {@code @OnDelete} is honoured the same way.
 *
 * <pre>{@code
 * @ManyToOne(optional = false)
 * @OnDelete(OnDelete.Action.CASCADE)
 * private User owner;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface OnDelete {
  /** The action taken on the referencing rows. */
  Action value();

  /** Referential actions, as in SQL. */
  enum Action {
    NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT
  }
}
