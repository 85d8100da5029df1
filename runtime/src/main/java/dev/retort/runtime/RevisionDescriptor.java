package dev.retort.runtime;

import dev.retort.annotations.Revision;
import dev.retort.ops.Migration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One revision as the runtime sees it: its id, parents and message (copied from its {@link Revision}
 * annotation by the processor into the index resource) and a factory for the class that records its operations.
 */
public record RevisionDescriptor(String id, List<String> parents, String message, Supplier<Migration> factory) {
  public RevisionDescriptor {
    Objects.requireNonNull(id, "id");
    parents = List.copyOf(parents);
    message = message == null ? "" : message;
    Objects.requireNonNull(factory, "factory of revision " + id);
  }

  /** Reads id, parents and message from the class's {@link Revision} annotation (for hand-built catalogs). */
  public static RevisionDescriptor of(Class<? extends Migration> type) {
    Revision r = type.getAnnotation(Revision.class);
    if (r == null) {
      throw new IllegalArgumentException(type.getName() + " has no @Revision annotation");
    }
    return new RevisionDescriptor(r.id(), List.of(r.parents()), r.message(), () -> {
      try {
        return type.getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot instantiate revision class " + type.getName()
            + ": it needs a public no-argument constructor", e);
      }
    });
  }
}
