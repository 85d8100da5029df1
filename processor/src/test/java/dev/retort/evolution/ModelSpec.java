package dev.retort.evolution;

import java.util.List;
import java.util.Optional;

/** A whole generated model: its entities and the processor's naming option. */
record ModelSpec(List<EntitySpec> entities, String naming) {
  ModelSpec {
    entities = List.copyOf(entities);
  }

  Optional<EntitySpec> entity(String className) {
    return entities.stream().filter(e -> e.className().equals(className)).findFirst();
  }

  ModelSpec withEntities(List<EntitySpec> e) {
    return new ModelSpec(e, naming);
  }

  /** The same model without rename hints: what a user leaves after the rename revision is committed. */
  ModelSpec withoutHints() {
    return withEntities(entities.stream().map(EntitySpec::withoutHints).toList());
  }
}
