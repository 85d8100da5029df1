package dev.retort.evolution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Generates a random initial model and random evolution steps from a {@link Choices} sequence. Each step is one
 * thing a developer does to their entities between two builds; steps that would need data the generator cannot
 * vouch for (NOT NULL added without a default, a unique column over duplicates) are avoided, as a careful
 * developer would avoid them.
 */
final class Evolver {
  private static final List<String> CLASS_NAMES =
      List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet");
  private static final List<String> WORDS =
      List.of("title", "amount", "note", "size", "label", "score", "due", "rank", "code", "level", "weight", "owner");
  private static final List<String> SECOND = List.of("Count", "Name", "Value", "Date", "Flag");

  private final Choices choices;
  private int serial;
  /**
   * Fields ("Class.field") added to an existing table: their earlier rows hold NULL or one default until the
   * suite backfills them, outside any revision, so after a downgrade and upgrade they would again; these never
   * become NOT NULL or unique here (a developer would put that backfill in the revision itself).
   */
  private final Set<String> addedLater = new HashSet<>();
  /**
   * Fields ("Class.field") that were NOT NULL without a default at some step: dropping one is not reversible
   * across that step (the downgrade re-adds it empty, and reverting further restores NOT NULL over NULLs), so
   * they are never dropped here.
   */
  private final Set<String> everRequired = new HashSet<>();

  /** The key {@link #addedLater} and {@link #everRequired} use for a field: {@code Class.field}. */
  private static String key(EntitySpec e, FieldSpec f) {
    return e.className() + "." + f.name();
  }

  private void remember(ModelSpec model) {
    for (EntitySpec e : model.entities()) {
      for (FieldSpec f : e.fields()) {
        if ((!f.nullable() || f.primitive()) && f.dbDefault() == null) {
          everRequired.add(key(e, f));
        }
      }
    }
  }

  Evolver(Choices choices) {
    this.choices = choices;
  }

  /** The step names, for messages. */
  enum Step {
    ADD_ENTITY, DROP_ENTITY, RENAME_ENTITY, ADD_FIELD, DROP_FIELD, RENAME_FIELD, CHANGE_TYPE, CHANGE_NULLABILITY,
    CHANGE_DEFAULT, ADD_INDEX, DROP_INDEX, ADD_UNIQUE, DROP_UNIQUE, ADD_RELATION, DROP_RELATION, ADD_EMBEDDED
  }

  record Evolution(ModelSpec model, Step step) {}

  ModelSpec initial() {
    String naming = choices.chance(50) ? "jpa" : "snake";
    ModelSpec model = new ModelSpec(List.of(), naming);
    int count = 1 + choices.next(3);
    for (int i = 0; i < count; i++) {
      model = addEntity(model);
    }
    remember(model);
    return model;
  }

  /** One step applied to {@code model}, or null when the chosen step does not apply (the caller picks again). */
  Evolution step(ModelSpec previous) {
    ModelSpec model = previous.withoutHints();
    Step step = Step.values()[choices.next(Step.values().length)];
    ModelSpec next = switch (step) {
      case ADD_ENTITY -> model.entities().size() < 5 ? addEntity(model) : null;
      case DROP_ENTITY -> model.entities().size() > 1 ? dropEntity(model) : null;
      case RENAME_ENTITY -> renameEntity(model);
      case ADD_FIELD -> editEntity(model, e -> true, e -> {
        FieldSpec f = newScalar(model, e, true);
        addedLater.add(key(e, f));
        return e.withFields(append(e.fields(), f));
      });
      // Reversible drops only, as a careful developer makes them (expand/contract): the downgrade re-adds the
      // column to a populated table, which needs it nullable or defaulted (the generated downgrade says so).
      case DROP_FIELD -> editField(model, (e, f) -> f.kind() != FieldKind.RELATION
          && ((f.nullable() && !f.primitive()) || f.dbDefault() != null) && !everRequired.contains(key(e, f)),
          (e, f) -> dropField(e, f));
      case RENAME_FIELD -> editField(model, f -> f.kind() != FieldKind.EMBEDDED, (e, f) -> renameField(model, e, f));
      case CHANGE_TYPE -> editField(model, Evolver::retypeable, (e, f) -> replace(e, f, retype(f)));
      case CHANGE_NULLABILITY -> editField(model, (e, f) -> !f.primitive() && f.kind() != FieldKind.RELATION
          && f.kind() != FieldKind.EMBEDDED && !(f.nullable() && addedLater.contains(key(e, f))),
          (e, f) -> replace(e, f, f.withNullable(!f.nullable())));
      case CHANGE_DEFAULT -> editField(model, f -> f.kind().defaultable(),
          (e, f) -> replace(e, f, f.withDefault(f.dbDefault() == null ? f.kind().defaultSql() : null)));
      case ADD_INDEX -> editField(model, f -> indexable(f), (e, f) -> e.indexes().contains(f.name()) ? null
          : e.withIndexes(append(e.indexes(), f.name())));
      case DROP_INDEX -> editEntity(model, e -> !e.indexes().isEmpty(), e -> {
        List<String> rest = new ArrayList<>(e.indexes());
        rest.remove(choices.next(rest.size()));
        return e.withIndexes(rest);
      });
      case ADD_UNIQUE -> editField(model, (e, f) -> uniqueable(f) && !f.unique() && !addedLater.contains(key(e, f)),
          (e, f) -> replace(e, f, f.withUnique(true)));
      case DROP_UNIQUE -> editField(model, FieldSpec::unique, (e, f) -> replace(e, f, f.withUnique(false)));
      case ADD_RELATION -> editEntity(model, e -> true, e -> e.withFields(append(e.fields(), newRelation(model, e))));
      case DROP_RELATION -> editField(model, f -> f.kind() == FieldKind.RELATION, (e, f) -> dropField(e, f));
      case ADD_EMBEDDED -> editEntity(model, e -> e.fields().stream().noneMatch(f -> f.kind() == FieldKind.EMBEDDED),
          e -> e.withFields(append(e.fields(), FieldSpec.of("address", FieldKind.EMBEDDED))));
    };
    if (next == null || next.equals(model)) {
      return null;
    }
    remember(next);
    return new Evolution(next, step);
  }

  private ModelSpec addEntity(ModelSpec model) {
    String className = CLASS_NAMES.stream().filter(n -> model.entity(n).isEmpty()).findFirst().orElseThrow();
    EntitySpec e = new EntitySpec(className, freshTable(model, className), List.of(), List.of(), null);
    int fields = 1 + choices.next(4);
    for (int i = 0; i < fields; i++) {
      e = e.withFields(append(e.fields(), newScalar(model, e, false)));
    }
    List<EntitySpec> all = new ArrayList<>(model.entities());
    all.add(e);
    return model.withEntities(all);
  }

  private String freshTable(ModelSpec model, String className) {
    String base = className.toLowerCase(Locale.ROOT) + "_items";
    String name = base;
    while (tableTaken(model, name)) {
      name = base + "_" + (++serial);
    }
    return name;
  }

  private static boolean tableTaken(ModelSpec model, String table) {
    return model.entities().stream().anyMatch(e -> e.table().equals(table));
  }

  private ModelSpec dropEntity(ModelSpec model) {
    EntitySpec victim = choices.pick(model.entities());
    List<EntitySpec> rest = new ArrayList<>();
    for (EntitySpec e : model.entities()) {
      if (e != victim) {
        EntitySpec kept = e;
        for (FieldSpec f : e.fields()) {
          if (f.kind() == FieldKind.RELATION && f.target().equals(victim.className())) {
            kept = dropField(kept, f);
          }
        }
        rest.add(kept);
      }
    }
    return model.withEntities(rest);
  }

  private ModelSpec renameEntity(ModelSpec model) {
    EntitySpec e = choices.pick(model.entities());
    String table = e.table() + "_v" + (++serial);
    return replaceEntity(model, e, e.withTable(table, e.table()));
  }

  private ModelSpec editEntity(ModelSpec model, Predicate<EntitySpec> which, java.util.function.UnaryOperator<EntitySpec> edit) {
    List<EntitySpec> candidates = model.entities().stream().filter(which).toList();
    if (candidates.isEmpty()) {
      return null;
    }
    EntitySpec e = choices.pick(candidates);
    EntitySpec changed = edit.apply(e);
    return changed == null ? null : replaceEntity(model, e, changed);
  }

  private interface FieldEdit {
    EntitySpec apply(EntitySpec entity, FieldSpec field);
  }

  private ModelSpec editField(ModelSpec model, Predicate<FieldSpec> which, FieldEdit edit) {
    return editField(model, (e, f) -> which.test(f), edit);
  }

  /** Picks an entity with a field {@code which} accepts, then such a field, and applies {@code edit}. */
  private ModelSpec editField(ModelSpec model, BiPredicate<EntitySpec, FieldSpec> which, FieldEdit edit) {
    List<EntitySpec> candidates = model.entities().stream()
        .filter(e -> e.fields().stream().anyMatch(f -> which.test(e, f))).toList();
    if (candidates.isEmpty()) {
      return null;
    }
    EntitySpec e = choices.pick(candidates);
    FieldSpec f = choices.pick(e.fields().stream().filter(x -> which.test(e, x)).toList());
    EntitySpec changed = edit.apply(e, f);
    return changed == null ? null : replaceEntity(model, e, changed);
  }

  private static ModelSpec replaceEntity(ModelSpec model, EntitySpec old, EntitySpec changed) {
    return model.withEntities(model.entities().stream().map(x -> x == old ? changed : x).toList());
  }

  private static EntitySpec replace(EntitySpec e, FieldSpec old, FieldSpec changed) {
    return e.withFields(e.fields().stream().map(x -> x == old ? changed : x).toList());
  }

  private static EntitySpec dropField(EntitySpec e, FieldSpec f) {
    return e.withFields(e.fields().stream().filter(x -> x != f).toList())
        .withIndexes(e.indexes().stream().filter(i -> !i.equals(f.name())).toList());
  }

  private EntitySpec renameField(ModelSpec model, EntitySpec e, FieldSpec f) {
    String name = freshFieldName(model, e);
    String oldColumn = Columns.name(model.naming(), f);
    FieldSpec renamed = f.withName(name, oldColumn);
    if (f.column() != null) {
      renamed = new FieldSpec(name, f.kind(), Columns.lower(name) + (f.kind() == FieldKind.RELATION ? "_id" : "_col"),
          f.nullable(), f.primitive(), f.length(), f.precision(), f.scale(), f.dbDefault(), f.unique(), f.target(),
          oldColumn);
    }
    for (Set<String> marks : List.of(addedLater, everRequired)) {
      if (marks.remove(key(e, f))) {
        marks.add(key(e, f.withName(name, null)));
      }
    }
    EntitySpec changed = replace(e, f, renamed);
    return changed.withIndexes(changed.indexes().stream().map(i -> i.equals(f.name()) ? name : i).toList());
  }

  private FieldSpec newScalar(ModelSpec model, EntitySpec e, boolean populatedTable) {
    FieldKind kind = FieldKind.SCALARS[choices.next(FieldKind.SCALARS.length)];
    FieldSpec f = FieldSpec.of(freshFieldName(model, e), kind);
    if (kind == FieldKind.STRING) {
      f = f.withKind(kind, List.of(20, 50, 100, 255).get(choices.next(4)), 0, 0);
    }
    if (kind == FieldKind.DECIMAL) {
      f = f.withKind(kind, 0, List.of(10, 12, 19).get(choices.next(3)), 2);
    }
    if (choices.chance(30)) {
      boolean primitive = kind.primitive != null && choices.chance(50);
      f = primitive ? f.withPrimitive(true) : f.withNullable(false);
      if (populatedTable) {
        if (!kind.defaultable()) {
          f = f.withNullable(true);
        } else {
          f = f.withDefault(kind.defaultSql());
        }
      }
    }
    if (!populatedTable && kind.defaultable() && choices.chance(20)) {
      f = f.withDefault(kind.defaultSql());
    }
    if (choices.chance(15)) {
      f = new FieldSpec(f.name(), f.kind(), Columns.lower(f.name()) + "_col", f.nullable(), f.primitive(), f.length(),
          f.precision(), f.scale(), f.dbDefault(), f.unique(), f.target(), null);
    }
    return f;
  }

  private FieldSpec newRelation(ModelSpec model, EntitySpec e) {
    EntitySpec target = choices.pick(model.entities());
    String name = freshFieldName(model, e);
    return new FieldSpec(name, FieldKind.RELATION, Columns.lower(name) + "_id", true, false, 0, 0, 0, null, false,
        target.className(), null);
  }

  private String freshFieldName(ModelSpec model, EntitySpec e) {
    for (int attempt = 0; ; attempt++) {
      String name = choices.pick(WORDS);
      if (model.naming().equals("snake") && choices.chance(50)) {
        name = name + choices.pick(SECOND);
      }
      if (attempt > 3) {
        name = name + (++serial);
      }
      String candidate = name;
      boolean taken = e.fields().stream().anyMatch(f -> f.name().equals(candidate)
              || Columns.name(model.naming(), f).equals(Columns.name(model.naming(), FieldSpec.of(candidate, FieldKind.INT))))
          || candidate.equals("id") || candidate.equals("street") || candidate.equals("zip");
      if (!taken) {
        return candidate;
      }
    }
  }

  private static boolean retypeable(FieldSpec f) {
    return f.kind() == FieldKind.INT || f.kind() == FieldKind.LONG || f.kind() == FieldKind.STRING
        || f.kind() == FieldKind.DECIMAL;
  }

  private FieldSpec retype(FieldSpec f) {
    return switch (f.kind()) {
      case INT -> f.withKind(FieldKind.LONG, 0, 0, 0);
      case LONG -> f.withKind(FieldKind.INT, 0, 0, 0);
      case STRING -> f.withKind(FieldKind.STRING, f.length() == 255 ? 30 : f.length() + 25 * (1 + choices.next(4)), 0, 0);
      case DECIMAL -> f.withKind(FieldKind.DECIMAL, 0, f.precision() == 19 ? 12 : 19, f.scale());
      default -> throw new IllegalStateException("not retypeable: " + f);
    };
  }

  private static boolean indexable(FieldSpec f) {
    return f.kind() != FieldKind.EMBEDDED;
  }

  private static boolean uniqueable(FieldSpec f) {
    return f.kind() == FieldKind.STRING || f.kind() == FieldKind.INT || f.kind() == FieldKind.LONG
        || f.kind() == FieldKind.UUID;
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }
}
