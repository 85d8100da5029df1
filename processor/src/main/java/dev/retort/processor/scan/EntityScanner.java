package dev.retort.processor.scan;

import dev.retort.processor.Diagnostics;
import dev.retort.processor.Messages;
import dev.retort.processor.diff.Hints;
import dev.retort.processor.scan.ColumnSpecs.ColumnSpec;
import dev.retort.processor.scan.ColumnSpecs.ForeignKeySpec;
import dev.retort.processor.scan.ColumnSpecs.JoinColumnSpec;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.PrimaryKeyJoinColumns;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.beans.Introspector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads {@code @Entity} classes into a {@link Schema}, applying JPA's mapping rules with Hibernate ORM 7's defaults
 * where JPA leaves a choice. Reads, never decides about migrations: every problem becomes a diagnostic on the field,
 * getter or class at fault, and scanning goes on with the next entity.
 */
public final class EntityScanner {
  private static final String HIBERNATE = "org.hibernate.annotations.";
  private static final String RENAMED_FROM = "dev.retort.annotations.RenamedFrom";
  private static final String DB_DEFAULT = "dev.retort.annotations.DbDefault";
  private static final List<String> ASSOCIATIONS = List.of(ManyToOne.class.getName(), OneToOne.class.getName(),
      OneToMany.class.getName(), ManyToMany.class.getName());

  private final Elements elements;
  private final Types types;
  private final Diagnostics diagnostics;
  private final NamingStrategy naming;
  private final TypeMapper typeMapper;

  private final Map<String, Draft> drafts = new LinkedHashMap<>();
  private final Map<String, List<MappedColumn>> idColumns = new HashMap<>();
  private final Set<String> computingIds = new HashSet<>();
  private final Map<String, Sequence> sequences = new TreeMap<>();
  private final SortedMap<String, ScanResult.EnumUse> enums = new TreeMap<>();
  private final Map<String, String> tableRenames = new TreeMap<>();
  private final Map<String, Map<String, String>> columnRenames = new TreeMap<>();
  private final Map<String, Element> columnOrigins = new HashMap<>();
  private List<TypeElement> entities = List.of();
  /** The roots of the hierarchies with more than one entity, computed once per scan. */
  private Set<TypeElement> subclassedRoots;
  private record Declared(TypeElement type, AccessType access) {}
  private final Map<Declared, List<Attribute>> declared = new HashMap<>();
  private final Map<Element, Annotated> annotated = new HashMap<>();
  /** What nearly every rule asks of a type's hierarchy, derived once per scan. */
  private final Map<TypeElement, TypeElement> roots = new HashMap<>();
  private final Map<TypeElement, List<TypeElement>> chains = new HashMap<>();
  private final Map<TypeElement, AccessType> accesses = new HashMap<>();
  private final Map<TypeElement, Optional<String>> tables = new HashMap<>();
  private TypeElement current;

  public EntityScanner(Elements elements, Types types, Diagnostics diagnostics, NamingStrategy naming) {
    this.elements = elements;
    this.types = types;
    this.diagnostics = diagnostics;
    this.naming = naming;
    this.typeMapper = new TypeMapper(elements, types);
  }

  /** One attribute: a persistent field, or a getter under property access, with its annotations. */
  private record Attribute(Element element, String name, TypeMirror type, Annotated annotations) {
    <A extends java.lang.annotation.Annotation> A get(Class<A> annotation) {
      return annotations.get(annotation);
    }

    boolean has(Class<? extends java.lang.annotation.Annotation> annotation) {
      return annotations.has(annotation);
    }
  }

  /** A column as one attribute maps it, with what it adds to its table besides itself. */
  private record MappedColumn(Column column, Element element, boolean unique, String check) {}

  /** A table being assembled from one or more entities. */
  private static final class Draft {
    final String name;
    Element owner;
    final List<Column> columns = new ArrayList<>();
    final List<Column> foreignColumns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<Index> indexes = new ArrayList<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    String comment;
    final SortedSet<String> entityClasses = new TreeSet<>();

    Draft(String name) {
      this.name = name;
    }

    boolean has(String column) {
      return columns.stream().anyMatch(c -> c.name().equals(column))
          || foreignColumns.stream().anyMatch(c -> c.name().equals(column));
    }
  }

  /** Reads the given entities (and the mapped superclasses, embeddables and targets they use). */
  public ScanResult scan(Collection<TypeElement> entityTypes) {
    subclassedRoots = null;
    declared.clear();
    annotated.clear();
    roots.clear();
    chains.clear();
    accesses.clear();
    tables.clear();
    entities = reachable(entityTypes).stream()
        .sorted(Comparator.comparingInt(this::depth).thenComparing(t -> t.getQualifiedName().toString()))
        .toList();
    for (TypeElement entity : entities) {
      current = entity;
      try {
        scanEntity(entity);
      } catch (AbortEntityException e) {
        // reported where it was thrown; go on with the next entity
      } catch (IllegalArgumentException e) {
        // a value the model refuses (a negative length, a zero allocation size): the user's annotation is at fault
        diagnostics.error(Messages.invalidMapping(entity.getQualifiedName().toString(), e.getMessage()), entity);
      }
    }
    current = null;
    return build();
  }

  /** The entity being read, while {@link #scan} runs; for the internal-error message. */
  public TypeElement current() {
    return current;
  }

  /** The element's annotations, read once per scan. */
  private Annotated annotations(Element element) {
    return annotated.computeIfAbsent(element, Annotated::new);
  }

  private <A extends java.lang.annotation.Annotation> A annotation(Element element, Class<A> annotation) {
    return annotations(element).get(annotation);
  }

  private boolean has(Element element, Class<? extends java.lang.annotation.Annotation> annotation) {
    return annotations(element).has(annotation);
  }

  private Attribute attribute(Element element, String name, TypeMirror type) {
    return new Attribute(element, name, type, annotations(element));
  }

  /**
   * The given entities plus every entity they reach through superclasses and associations, so that a target compiled
   * earlier (only on the class path) still gets its table and key.
   */
  private Collection<TypeElement> reachable(Collection<TypeElement> given) {
    Map<String, TypeElement> all = new LinkedHashMap<>();
    List<TypeElement> queue = new ArrayList<>(given);
    while (!queue.isEmpty()) {
      TypeElement t = queue.remove(0);
      if (all.putIfAbsent(t.getQualifiedName().toString(), t) != null) {
        continue;
      }
      for (TypeElement c : chain(t)) {
        if (isEntity(c)) {
          queue.add(c);
        }
        for (AccessType access : AccessType.values()) {
          for (Attribute a : attributes(c, access)) {
            quietTarget(a).ifPresent(queue::add);
          }
        }
      }
    }
    return all.values();
  }

  private Optional<TypeElement> quietTarget(Attribute a) {
    for (String association : ASSOCIATIONS) {
      if (a.annotations().mirror(association).isEmpty()) {
        continue;
      }
      Optional<DeclaredType> explicit = a.annotations().classValue(association, "targetEntity");
      TypeMirror type = explicit.isPresent() ? explicit.get() : a.type();
      if (explicit.isEmpty() && type.getKind() == TypeKind.DECLARED
          && ((DeclaredType) type).getTypeArguments().size() == 1) {
        type = ((DeclaredType) type).getTypeArguments().get(0);
      }
      if (type.getKind() == TypeKind.DECLARED && isEntity(((DeclaredType) type).asElement())) {
        return Optional.of((TypeElement) ((DeclaredType) type).asElement());
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------------------------------------------- hierarchy

  private int depth(TypeElement type) {
    int d = 0;
    for (TypeElement t = superclass(type); t != null; t = superclass(t)) {
      d++;
    }
    return d;
  }

  private TypeElement superclass(TypeElement type) {
    TypeMirror s = type.getSuperclass();
    if (s.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
    return e.getQualifiedName().contentEquals("java.lang.Object") ? null : e;
  }

  private boolean isEntity(Element type) {
    return has(type, Entity.class);
  }

  /** The top-most entity of the hierarchy. */
  private TypeElement root(TypeElement entity) {
    return roots.computeIfAbsent(entity, this::findRoot);
  }

  private TypeElement findRoot(TypeElement entity) {
    TypeElement root = entity;
    for (TypeElement t = superclass(entity); t != null; t = superclass(t)) {
      if (isEntity(t)) {
        root = t;
      }
    }
    return root;
  }

  private TypeElement parentEntity(TypeElement entity) {
    for (TypeElement t = superclass(entity); t != null; t = superclass(t)) {
      if (isEntity(t)) {
        return t;
      }
    }
    return null;
  }

  /** Mapped superclasses and entities from the top of the hierarchy down to {@code entity}. */
  private List<TypeElement> chain(TypeElement entity) {
    return chains.computeIfAbsent(entity, this::findChain);
  }

  private List<TypeElement> findChain(TypeElement entity) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = entity; t != null; t = superclass(t)) {
      if (t == entity || isEntity(t) || has(t, MappedSuperclass.class)) {
        chain.add(0, t);
      }
    }
    return List.copyOf(chain);
  }

  private InheritanceType strategy(TypeElement entity) {
    Inheritance i = annotation(root(entity), Inheritance.class);
    return i == null ? InheritanceType.SINGLE_TABLE : i.strategy();
  }

  private boolean hasSubclasses(TypeElement root) {
    if (subclassedRoots == null) {
      subclassedRoots = new HashSet<>();
      for (TypeElement e : entities) {
        TypeElement r = root(e);
        if (!r.equals(e)) {
          subclassedRoots.add(r);
        }
      }
    }
    return subclassedRoots.contains(root);
  }

  private String entityName(TypeElement entity) {
    Members e = annotations(entity).members(Entity.class);
    String name = e == null ? "" : e.string("name", "");
    return name.isEmpty() ? entity.getSimpleName().toString() : name;
  }

  /** The table holding this entity's own attributes; null for an abstract TABLE_PER_CLASS class. */
  private String tableOf(TypeElement entity) {
    Optional<String> known = tables.get(entity);
    if (known == null) {
      known = Optional.ofNullable(findTable(entity));
      tables.put(entity, known);
    }
    return known.orElse(null);
  }

  private String findTable(TypeElement entity) {
    TypeElement root = root(entity);
    InheritanceType strategy = strategy(entity);
    if (strategy == InheritanceType.SINGLE_TABLE && !root.equals(entity)) {
      return tableOf(root);
    }
    if (strategy == InheritanceType.TABLE_PER_CLASS && entity.getModifiers().contains(Modifier.ABSTRACT)) {
      return null;
    }
    Members t = annotations(entity).members(jakarta.persistence.Table.class);
    String name = t == null ? "" : t.string("name", "");
    return naming.apply(!name.isEmpty() ? name : entityName(entity));
  }

  private AccessType access(TypeElement entity) {
    return accesses.computeIfAbsent(entity, this::findAccess);
  }

  private AccessType findAccess(TypeElement entity) {
    for (TypeElement t : chain(root(entity))) {
      Access a = annotation(t, Access.class);
      if (a != null) {
        return a.value();
      }
    }
    for (TypeElement t : chain(root(entity))) {
      for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
        if (has(m, Id.class) || has(m, EmbeddedId.class)) {
          return AccessType.PROPERTY;
        }
      }
    }
    return AccessType.FIELD;
  }

  /**
   * The persistent attributes a type declares itself under this access, read once per scan: the mapping asks for
   * the same type's attributes from several places (ids, maps-id, embeddables, targets).
   */
  private List<Attribute> attributes(TypeElement type, AccessType access) {
    return declared.computeIfAbsent(new Declared(type, access), k -> readAttributes(type, access));
  }

  private List<Attribute> readAttributes(TypeElement type, AccessType access) {
    List<Attribute> out = new ArrayList<>();
    if (access == AccessType.FIELD) {
      for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        Set<Modifier> m = f.getModifiers();
        if (m.contains(Modifier.STATIC) || m.contains(Modifier.TRANSIENT) || has(f, Transient.class)) {
          continue;
        }
        out.add(attribute(f, f.getSimpleName().toString(), f.asType()));
      }
      return List.copyOf(out);
    }
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      String n = m.getSimpleName().toString();
      if (m.getModifiers().contains(Modifier.STATIC) || !m.getParameters().isEmpty()
          || has(m, Transient.class) || m.getReturnType().getKind() == TypeKind.VOID) {
        continue;
      }
      String name;
      if (n.startsWith("get") && n.length() > 3) {
        name = Introspector.decapitalize(n.substring(3));
      } else if (n.startsWith("is") && n.length() > 2 && m.getReturnType().getKind() == TypeKind.BOOLEAN) {
        name = Introspector.decapitalize(n.substring(2));
      } else {
        continue;
      }
      out.add(attribute(m, name, m.getReturnType()));
    }
    return List.copyOf(out);
  }

  private static boolean isId(Attribute a) {
    return a.has(Id.class) || a.has(EmbeddedId.class);
  }

  // ----------------------------------------------------------------------------------------------------- entities

  private Draft draft(String table) {
    return drafts.computeIfAbsent(table, Draft::new);
  }

  private void scanEntity(TypeElement entity) {
    String table = tableOf(entity);
    TypeElement root = root(entity);
    InheritanceType strategy = strategy(entity);
    AccessType access = access(entity);
    renamedFrom(entity).ifPresent(old -> {
      if (table != null && (root.equals(entity) || strategy != InheritanceType.SINGLE_TABLE)) {
        tableRenames.put(table, old);
      }
    });
    if (table == null) {
      return;
    }
    Draft draft = draft(table);
    draft.entityClasses.add(entity.getQualifiedName().toString());
    boolean singleTableChild = strategy == InheritanceType.SINGLE_TABLE && !root.equals(entity);
    List<TypeElement> sources;
    if (singleTableChild || (strategy == InheritanceType.JOINED && !root.equals(entity))) {
      sources = afterParent(entity);
    } else if (strategy == InheritanceType.TABLE_PER_CLASS) {
      sources = chain(entity);
    } else {
      sources = chain(entity).stream().filter(t -> !isEntity(t) || t.equals(entity)).toList();
    }
    if (!singleTableChild) {
      draft.owner = entity;
      tableLevel(entity, draft);
      if (strategy == InheritanceType.JOINED && !root.equals(entity)) {
        joinedKey(entity, draft);
      } else {
        idAttributes(entity, draft, access);
      }
      discriminator(entity, root, strategy, draft);
    }
    Map<String, jakarta.persistence.Column> overrides = overridesOn(entity);
    for (TypeElement source : sources) {
      for (Attribute a : attributes(source, access)) {
        if (isId(a)) {
          continue;
        }
        mapAttribute(entity, a, draft, overrides, singleTableChild);
      }
    }
  }

  private List<TypeElement> afterParent(TypeElement entity) {
    List<TypeElement> chain = chain(entity);
    TypeElement parent = parentEntity(entity);
    return chain.subList(chain.indexOf(parent) + 1, chain.size()).stream()
        .filter(t -> !isEntity(t) || t.equals(entity)).toList();
  }

  private Optional<String> renamedFrom(Element element) {
    return annotations(element).string(RENAMED_FROM, "value").filter(s -> !s.isBlank()).map(String::trim);
  }

  private void tableLevel(TypeElement entity, Draft draft) {
    annotations(entity).string(HIBERNATE + "Comment", "value").ifPresent(c -> draft.comment = c);
    Members given = annotations(entity).members(jakarta.persistence.Table.class);
    if (given == null || given.annotations("indexes").isEmpty() && given.annotations("uniqueConstraints").isEmpty()) {
      return;
    }
    jakarta.persistence.Table t = annotation(entity, jakarta.persistence.Table.class);
    AnnotationMirror mirror = annotations(entity).mirror("jakarta.persistence.Table").orElse(null);
    for (jakarta.persistence.Index i : t.indexes()) {
      List<String> cols = Arrays.stream(i.columnList().split(","))
          .map(s -> s.trim().split("\\s+")[0]).filter(s -> !s.isEmpty()).map(naming::apply).toList();
      if (cols.isEmpty()) {
        diagnostics.error(Messages.emptyIndex(draft.name), entity, mirror);
        continue;
      }
      String name = i.name().isEmpty() ? MappingRules.indexName(draft.name, cols) : naming.apply(i.name());
      Index index = new Index(name, cols, false);
      draft.indexes.add(i.unique() ? index.asUnique() : index);
    }
    for (jakarta.persistence.UniqueConstraint u : t.uniqueConstraints()) {
      List<String> cols = Arrays.stream(u.columnNames()).map(String::trim).map(naming::apply).toList();
      if (cols.isEmpty()) {
        diagnostics.error(Messages.emptyIndex(draft.name), entity, mirror);
        continue;
      }
      String name = u.name().isEmpty() ? MappingRules.uniqueName(draft.name, cols) : naming.apply(u.name());
      draft.uniques.add(new UniqueConstraint(name, cols));
    }
  }

  private void discriminator(TypeElement entity, TypeElement root, InheritanceType strategy, Draft draft) {
    if (!entity.equals(root)) {
      return;
    }
    DiscriminatorColumn d = annotation(root, DiscriminatorColumn.class);
    boolean needed = d != null || (strategy == InheritanceType.SINGLE_TABLE && hasSubclasses(root));
    if (!needed || strategy == InheritanceType.TABLE_PER_CLASS) {
      return;
    }
    String name = naming.apply(d == null ? "DTYPE" : d.name());
    ColumnType type;
    if (d != null && d.discriminatorType() == jakarta.persistence.DiscriminatorType.INTEGER) {
      type = ColumnType.INTEGER;
    } else if (d != null && d.discriminatorType() == jakarta.persistence.DiscriminatorType.CHAR) {
      type = ColumnType.fixedChar(1);
    } else {
      type = ColumnType.varchar(d == null ? 31 : d.length());
    }
    if (d != null && !d.columnDefinition().isEmpty()) {
      type = ColumnType.custom(d.columnDefinition());
    }
    addColumn(draft, new MappedColumn(Column.of(name, type).notNull(), entity, false, null));
  }

  /** A JOINED subclass's key: the parent's key columns (renamed by {@code @PrimaryKeyJoinColumn}), an FK to it. */
  private void joinedKey(TypeElement entity, Draft draft) {
    TypeElement parent = parentEntity(entity);
    List<MappedColumn> parentIds = ids(parent);
    List<PrimaryKeyJoinColumn> pkjc = new ArrayList<>();
    PrimaryKeyJoinColumns many = annotation(entity, PrimaryKeyJoinColumns.class);
    if (many != null) {
      pkjc.addAll(Arrays.asList(many.value()));
    }
    PrimaryKeyJoinColumn one = annotation(entity, PrimaryKeyJoinColumn.class);
    if (one != null) {
      pkjc.add(one);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parentIds.size(); i++) {
      Column p = parentIds.get(i).column();
      String n = i < pkjc.size() && !pkjc.get(i).name().isEmpty() ? naming.apply(pkjc.get(i).name()) : p.name();
      names.add(n);
      addColumn(draft, new MappedColumn(keyCopy(p, n), entity, false, null));
    }
    draft.primaryKey = PrimaryKey.of(names.toArray(String[]::new));
    String parentTable = tableOf(parent);
    List<String> refs = parentIds.stream().map(m -> m.column().name()).toList();
    draft.foreignKeys.add(ForeignKey.of(MappingRules.foreignKeyName(draft.name, names), names, parentTable, refs));
  }

  private static Column keyCopy(Column c, String name) {
    return new Column(name, c.type(), false, null, false, null);
  }

  private void idAttributes(TypeElement entity, Draft draft, AccessType access) {
    List<MappedColumn> ids = ids(entity);
    for (MappedColumn m : ids) {
      addColumn(draft, m);
    }
    for (TypeElement t : chain(root(entity))) {
      for (Attribute a : attributes(t, access)) {
        if (isId(a)) {
          generation(entity, a, draft);
          renamedColumn(draft, a, ids.stream().filter(m -> m.element().equals(a.element())).findFirst());
        }
      }
    }
    if (!ids.isEmpty()) {
      draft.primaryKey = PrimaryKey.of(ids.stream().map(m -> m.column().name()).toArray(String[]::new));
    } else {
      diagnostics.error(Messages.noId(entity.getQualifiedName().toString()), entity);
    }
    for (MappedColumn m : ids) {
      Element e = m.element();
      if (has(e, ManyToOne.class) || has(e, OneToOne.class)) {
        Attribute a = attribute(e, e.getSimpleName().toString(), attributeType(e));
        TypeElement target = target(a);
        if (target != null && draft.foreignKeys.stream().noneMatch(f -> f.columns().contains(m.column().name()))) {
          List<String> cols = ids.stream().filter(x -> x.element().equals(e)).map(x -> x.column().name()).toList();
          List<String> refs = ids(target).stream().map(x -> x.column().name()).toList();
          draft.foreignKeys.add(ForeignKey.of(MappingRules.foreignKeyName(draft.name, cols), cols, tableOf(target),
              refs));
        }
      }
    }
  }

  private static TypeMirror attributeType(Element e) {
    return e instanceof ExecutableElement m ? m.getReturnType() : e.asType();
  }

  /** The key columns of an entity (memoized; a derived key may depend on another entity's key). */
  private List<MappedColumn> ids(TypeElement entity) {
    String key = entity.getQualifiedName().toString();
    List<MappedColumn> known = idColumns.get(key);
    if (known != null) {
      return known;
    }
    if (!computingIds.add(key)) {
      diagnostics.error(Messages.circularId(key), entity);
      throw new AbortEntityException();
    }
    try {
      List<MappedColumn> out = new ArrayList<>();
      TypeElement root = root(entity);
      if (strategy(entity) == InheritanceType.JOINED && !root.equals(entity)) {
        out.addAll(ids(parentEntity(entity)));
      } else if (mapsId(entity).isPresent()) {
        // @MapsId: the association's join columns are the key, as Hibernate maps a shared primary key
        Attribute a = mapsId(entity).get();
        TypeElement target = target(a);
        if (target == null) {
          throw new AbortEntityException();
        }
        for (MappedColumn m : joinColumns(a, target, false)) {
          out.add(new MappedColumn(m.column().notNull(), a.element(), false, null));
        }
      } else {
        AccessType access = access(entity);
        for (TypeElement t : chain(root)) {
          if (isEntity(t) && !t.equals(root)) {
            continue;
          }
          for (Attribute a : attributes(t, access)) {
            if (a.has(EmbeddedId.class)) {
              List<MappedColumn> embeddedKey = embedded(entity, a, tableOf(entity), overridesOf(a));
              if (embeddedKey.isEmpty()) {
                throw new AbortEntityException();
              }
              for (MappedColumn m : embeddedKey) {
                out.add(new MappedColumn(m.column().notNull(), m.element(), false, m.check()));
              }
            } else if (a.has(Id.class) && (a.has(ManyToOne.class) || a.has(OneToOne.class))) {
              TypeElement target = target(a);
              if (target == null) {
                throw new AbortEntityException();
              }
              for (MappedColumn m : joinColumns(a, target, false)) {
                out.add(new MappedColumn(m.column().notNull(), a.element(), false, null));
              }
            } else if (a.has(Id.class)) {
              MappedColumn m = basic(a, columnAnnotation(a, Map.of(), a.name()), a.name(), tableOf(entity),
                  false);
              if (m == null) {
                throw new AbortEntityException();
              }
              Column c = m.column().notNull();
              if (strategy(a.annotations().members(GeneratedValue.class)) == GenerationType.IDENTITY) {
                c = c.asIdentity();
              }
              out.add(new MappedColumn(c, a.element(), m.unique(), m.check()));
            }
          }
        }
      }
      if (out.size() > 1) {
        // Hibernate orders the properties of a composite identifier by name
        out.sort(Comparator.comparing((MappedColumn m) -> m.element().getSimpleName().toString()));
      }
      List<MappedColumn> result = List.copyOf(out);
      idColumns.put(key, result);
      return result;
    } finally {
      computingIds.remove(key);
    }
  }

  /** The to-one association annotated {@code @MapsId} (for the whole key) of an entity's hierarchy, if any. */
  private Optional<Attribute> mapsId(TypeElement entity) {
    AccessType access = access(entity);
    for (TypeElement t : chain(root(entity))) {
      for (Attribute a : attributes(t, access)) {
        MapsId m = a.get(MapsId.class);
        if (m != null && m.value().isEmpty() && (a.has(ManyToOne.class) || a.has(OneToOne.class))) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }

  /** The {@code @GeneratedValue} strategy given, or null when there is no such annotation. */
  private static GenerationType strategy(Members generatedValue) {
    return generatedValue == null ? null
        : GenerationType.valueOf(generatedValue.constant("strategy", GenerationType.AUTO.name()));
  }

  private void generation(TypeElement entity, Attribute a, Draft draft) {
    Members generatedValue = a.annotations().members(GeneratedValue.class);
    GenerationType strategy = strategy(generatedValue);
    if (strategy == null) {
      return;
    }
    String generator = generatedValue.string("generator", "");
    String typeName = TypeMapper.qualifiedName(a.type());
    switch (strategy) {
      case IDENTITY:
      case UUID:
        return;
      case TABLE:
        tableGenerator(entity, a, generator);
        return;
      case AUTO:
        if (typeName.equals("java.util.UUID") || typeName.equals("java.lang.String")) {
          return;
        }
        sequence(entity, a, generator);
        return;
      case SEQUENCE:
        sequence(entity, a, generator);
        return;
      default:
        throw new IllegalStateException("unknown generation type " + strategy + " on " + draft.name);
    }
  }

  private void sequence(TypeElement entity, Attribute a, String generator) {
    SequenceGenerator found = null;
    List<Element> places = new ArrayList<>();
    places.add(a.element());
    places.addAll(chain(entity));
    for (Element e : places) {
      SequenceGenerator s = annotation(e, SequenceGenerator.class);
      if (s != null && (s.name().equals(generator) || generator.isEmpty())) {
        found = s;
        break;
      }
    }
    String logical;
    long start = 1;
    long increment = 50;
    if (found != null) {
      logical = !found.sequenceName().isEmpty() ? found.sequenceName()
          : !found.name().isEmpty() ? found.name() : MappingRules.implicitSequenceName(entityName(root(entity)));
      start = found.initialValue();
      increment = found.allocationSize();
    } else {
      logical = generator.isEmpty() ? MappingRules.implicitSequenceName(entityName(root(entity))) : generator;
    }
    Sequence seq = Sequence.of(naming.apply(logical), start, increment);
    Sequence before = sequences.putIfAbsent(seq.name(), seq);
    if (before != null && !before.equals(seq)) {
      diagnostics.error(Messages.sequenceConflict(seq.name(), describe(before), describe(seq)), a.element());
    }
  }

  private static String describe(Sequence s) {
    return "start " + s.start() + ", increment " + s.increment();
  }

  private void tableGenerator(TypeElement entity, Attribute a, String generator) {
    TableGenerator found = null;
    List<Element> places = new ArrayList<>();
    places.add(a.element());
    places.addAll(chain(entity));
    for (Element e : places) {
      TableGenerator t = annotation(e, TableGenerator.class);
      if (t != null && (t.name().equals(generator) || generator.isEmpty())) {
        found = t;
        break;
      }
    }
    String table = naming.apply(found != null && !found.table().isEmpty() ? found.table() : "hibernate_sequences");
    String key = naming.apply(found != null && !found.pkColumnName().isEmpty() ? found.pkColumnName()
        : "sequence_name");
    String value = naming.apply(found != null && !found.valueColumnName().isEmpty() ? found.valueColumnName()
        : "next_val");
    Draft d = draft(table);
    if (d.columns.isEmpty()) {
      d.owner = entity;
      d.columns.add(Column.of(key, ColumnType.varchar(255)).notNull());
      d.columns.add(Column.of(value, ColumnType.BIGINT));
      d.primaryKey = PrimaryKey.of(key);
    }
    d.entityClasses.add(entity.getQualifiedName().toString());
  }

  // --------------------------------------------------------------------------------------------------- attributes

  private void mapAttribute(TypeElement entity, Attribute a, Draft draft, Map<String, jakarta.persistence.Column> overrides,
      boolean forceNullable) {
    if (a.has(ManyToOne.class) || a.has(OneToOne.class)) {
      Members oneToOne = a.annotations().members(OneToOne.class);
      if (oneToOne != null && !oneToOne.string("mappedBy", "").isEmpty()) {
        return;
      }
      TypeElement target = target(a);
      if (target == null) {
        return;
      }
      toOne(entity, a, target, draft, forceNullable, oneToOne != null);
    } else if (a.has(OneToMany.class)) {
      OneToMany o = a.get(OneToMany.class);
      if (!o.mappedBy().isEmpty()) {
        return;
      }
      TypeElement target = target(a);
      if (target == null) {
        return;
      }
      if (a.has(JoinColumn.class) || a.has(JoinColumns.class)) {
        oneToManyJoinColumn(entity, a, target);
      } else {
        joinTable(entity, a, target, true);
      }
    } else if (a.has(ManyToMany.class)) {
      if (!a.get(ManyToMany.class).mappedBy().isEmpty()) {
        return;
      }
      TypeElement target = target(a);
      if (target != null) {
        joinTable(entity, a, target, false);
      }
    } else if (a.has(ElementCollection.class)) {
      elementCollection(entity, a);
    } else if (isEmbedded(a)) {
      for (MappedColumn m : embedded(entity, a, draft.name, mergeOverrides(overrides, a))) {
        addColumn(draft, forceNullable ? nullable(m) : m);
      }
    } else {
      MappedColumn m = basic(a, columnAnnotation(a, overrides, a.name()), a.name(), draft.name, forceNullable);
      if (m != null) {
        addColumn(draft, m);
        renamedColumn(draft, a, Optional.of(m));
      }
    }
  }

  private void renamedColumn(Draft draft, Attribute a, Optional<MappedColumn> m) {
    Optional<String> old = renamedFrom(a.element());
    if (old.isPresent() && m.isPresent()) {
      columnRenames.computeIfAbsent(draft.name, k -> new TreeMap<>()).put(m.get().column().name(),
          naming.apply(old.get()));
    }
  }

  private static MappedColumn nullable(MappedColumn m) {
    return new MappedColumn(m.column().nullable(true), m.element(), m.unique(), m.check());
  }

  private boolean isEmbedded(Attribute a) {
    if (a.has(Embedded.class)) {
      return true;
    }
    return a.type().getKind() == TypeKind.DECLARED
        && has(((DeclaredType) a.type()).asElement(), Embeddable.class);
  }

  private void addColumn(Draft draft, MappedColumn m) {
    Column c = m.column();
    Optional<Column> existing = draft.columns.stream().filter(x -> x.name().equals(c.name())).findFirst();
    if (existing.isPresent()) {
      if (!existing.get().equals(c)) {
        diagnostics.error(Messages.duplicateColumn(c.name(), draft.name), m.element());
      }
      return;
    }
    draft.columns.add(c);
    columnOrigins.putIfAbsent(draft.name + "." + c.name(), m.element());
    if (m.unique()) {
      draft.uniques.add(new UniqueConstraint(MappingRules.uniqueName(draft.name, List.of(c.name())),
          List.of(c.name())));
    }
    if (m.check() != null) {
      draft.checks.add(CheckConstraint.of(MappingRules.checkName(draft.name, c.name()), m.check()));
    }
  }

  private Map<String, jakarta.persistence.Column> overridesOf(Attribute a) {
    return overridesOn(a.element());
  }

  private Map<String, jakarta.persistence.Column> overridesOn(Element e) {
    Map<String, jakarta.persistence.Column> out = new HashMap<>();
    AttributeOverrides many = annotation(e, AttributeOverrides.class);
    if (many != null) {
      for (AttributeOverride o : many.value()) {
        out.put(o.name(), o.column());
      }
    }
    AttributeOverride one = annotation(e, AttributeOverride.class);
    if (one != null) {
      out.put(one.name(), one.column());
    }
    return out;
  }

  /** Overrides for the inside of embedded attribute {@code a}: the outer ones for its path win over its own. */
  private Map<String, jakarta.persistence.Column> mergeOverrides(Map<String, jakarta.persistence.Column> outer,
      Attribute a) {
    Map<String, jakarta.persistence.Column> out = new HashMap<>(overridesOf(a));
    String prefix = a.name() + ".";
    outer.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), v);
      }
    });
    return out;
  }

  /** The attribute's {@code @Column}, or null. */
  private static ColumnSpec columnSpec(Attribute a) {
    Members given = a.annotations().members(jakarta.persistence.Column.class);
    return given == null ? null : ColumnSpec.of(given);
  }

  private static ColumnSpec columnAnnotation(Attribute a, Map<String, jakarta.persistence.Column> overrides,
      String path) {
    jakarta.persistence.Column o = overrides.get(path);
    return o != null ? ColumnSpec.of(o) : columnSpec(a);
  }

  /** The columns of an embedded attribute (nested embeddables flattened), with overrides applied. */
  private List<MappedColumn> embedded(TypeElement entity, Attribute a, String table,
      Map<String, jakarta.persistence.Column> overrides) {
    if (a.type().getKind() != TypeKind.DECLARED) {
      diagnostics.error(Messages.notEmbeddable(a.type().toString()), a.element());
      return List.of();
    }
    TypeElement type = (TypeElement) ((DeclaredType) a.type()).asElement();
    if (!has(type, Embeddable.class)) {
      diagnostics.error(Messages.notEmbeddable(type.getQualifiedName().toString()), a.element());
      return List.of();
    }
    return embeddableColumns(entity, type, table, overrides);
  }

  private List<MappedColumn> embeddableColumns(TypeElement entity, TypeElement type, String table,
      Map<String, jakarta.persistence.Column> overrides) {
    List<MappedColumn> out = new ArrayList<>();
    Access acc = annotation(type, Access.class);
    AccessType access = acc != null ? acc.value() : access(entity);
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = type; t != null; t = superclass(t)) {
      if (t == type || has(t, MappedSuperclass.class) || has(t, Embeddable.class)) {
        chain.add(0, t);
      }
    }
    for (TypeElement t : chain) {
      for (Attribute inner : attributes(t, access)) {
        if (isEmbedded(inner)) {
          Attribute nested = inner;
          out.addAll(embedded(entity, nested, table, mergeOverrides(overrides, nested)));
        } else if (inner.has(ManyToOne.class) || inner.has(OneToOne.class) || inner.has(OneToMany.class)
            || inner.has(ManyToMany.class) || inner.has(ElementCollection.class)) {
          diagnostics.error(Messages.unsupported("associations inside embeddables"), inner.element());
        } else {
          MappedColumn m = basic(inner, columnAnnotation(inner, overrides, inner.name()), inner.name(), table,
              false, true);
          if (m != null) {
            out.add(m);
          }
        }
      }
    }
    return out;
  }

  /** The entity an association points to: {@code targetEntity}, else the attribute type or its element type. */
  private TypeElement target(Attribute a) {
    for (String association : ASSOCIATIONS) {
      Optional<DeclaredType> t = a.annotations().classValue(association, "targetEntity");
      if (t.isPresent()) {
        return checkEntity((TypeElement) t.get().asElement(), a);
      }
    }
    TypeMirror type = a.type();
    if (a.has(OneToMany.class) || a.has(ManyToMany.class)) {
      type = elementType(a);
      if (type == null) {
        return null;
      }
    }
    if (type.getKind() != TypeKind.DECLARED) {
      diagnostics.error(Messages.notAnEntity(type.toString(), a.name()), a.element());
      return null;
    }
    return checkEntity((TypeElement) ((DeclaredType) type).asElement(), a);
  }

  private TypeElement checkEntity(TypeElement target, Attribute a) {
    if (!isEntity(target)) {
      diagnostics.error(Messages.notAnEntity(target.getQualifiedName().toString(), a.name()), a.element());
      return null;
    }
    return target;
  }

  /** The element type of a collection attribute; reports and returns null for maps and raw collections. */
  private TypeMirror elementType(Attribute a) {
    if (a.type().getKind() == TypeKind.DECLARED) {
      DeclaredType d = (DeclaredType) a.type();
      String raw = ((TypeElement) d.asElement()).getQualifiedName().toString();
      TypeElement collection = elements.getTypeElement("java.util.Collection");
      if (collection != null && types.isAssignable(types.erasure(d), types.erasure(collection.asType()))
          && d.getTypeArguments().size() == 1) {
        return d.getTypeArguments().get(0);
      }
      if (raw.equals("java.util.Map") || raw.endsWith("Map")) {
        diagnostics.error(Messages.unsupported("map-valued collections"), a.element());
        return null;
      }
    }
    diagnostics.error(Messages.notACollection(a.name(), a.type().toString()), a.element());
    return null;
  }

  private boolean isSet(Attribute a) {
    TypeElement set = elements.getTypeElement("java.util.Set");
    return set != null && types.isAssignable(types.erasure(a.type()), types.erasure(set.asType()));
  }

  private List<JoinColumnSpec> joinColumnAnnotations(Element e) {
    List<JoinColumnSpec> out = new ArrayList<>();
    Members many = annotations(e).members(JoinColumns.class);
    if (many != null) {
      many.annotations("value").forEach(j -> out.add(JoinColumnSpec.of(j)));
    }
    Members one = annotations(e).members(JoinColumn.class);
    if (one != null) {
      out.add(JoinColumnSpec.of(one));
    }
    return out;
  }

  /**
   * The join column annotation that refers to the referenced column at that position; a
   * {@code referencedColumnName} is a logical name, which the naming strategy maps to the physical one as
   * Hibernate does ({@code orderId} is {@code order_id} in snake naming).
   */
  private JoinColumnSpec pick(List<JoinColumnSpec> given, int index, String referenced) {
    for (JoinColumnSpec j : given) {
      if (!j.referencedColumnName().isEmpty() && naming.apply(j.referencedColumnName()).equals(referenced)) {
        return j;
      }
    }
    if (index < given.size() && given.get(index).referencedColumnName().isEmpty()) {
      return given.get(index);
    }
    return null;
  }

  /** The FK columns of a to-one association, named by {@code @JoinColumn} or JPA's default. */
  private List<MappedColumn> joinColumns(Attribute a, TypeElement target, boolean nullable) {
    List<JoinColumnSpec> given = joinColumnAnnotations(a.element());
    List<MappedColumn> targetIds = ids(target);
    List<MappedColumn> out = new ArrayList<>();
    for (int i = 0; i < targetIds.size(); i++) {
      Column ref = targetIds.get(i).column();
      JoinColumnSpec j = pick(given, i, ref.name());
      String name = j != null && !j.name().isEmpty() ? naming.apply(j.name())
          : naming.apply(MappingRules.joinColumnName(a.name(), ref.name()));
      boolean n = nullable && (j == null || j.nullable());
      Column c = new Column(name, ref.type(), n, null, false, null);
      if (j != null && !j.columnDefinition().isEmpty()) {
        c = c.withType(ColumnType.custom(j.columnDefinition()));
      }
      out.add(new MappedColumn(c, a.element(), j != null && j.unique(), null));
    }
    return out;
  }

  private void toOne(TypeElement entity, Attribute a, TypeElement target, Draft draft, boolean forceNullable,
      boolean oneToOne) {
    Members association = a.annotations().members(a.has(ManyToOne.class) ? ManyToOne.class : OneToOne.class);
    boolean optional = association.bool("optional", true);
    List<MappedColumn> cols = joinColumns(a, target, optional || forceNullable);
    if (a.has(MapsId.class)) {
      cols = ids(entity);
    } else {
      for (MappedColumn c : cols) {
        addColumn(draft, forceNullable ? nullable(c) : c);
      }
    }
    List<String> names = cols.stream().map(c -> c.column().name()).toList();
    if (names.isEmpty()) {
      return;
    }
    List<String> refs = ids(target).stream().map(c -> c.column().name()).toList();
    if (oneToOne && !a.has(MapsId.class)) {
      draft.uniques.add(new UniqueConstraint(MappingRules.uniqueName(draft.name, names), names));
    }
    foreignKey(draft, a.element(), names, tableOf(target), refs, joinForeignKey(a.element()));
  }

  /** The {@code foreignKey} member of the attribute's join columns: its name, or NO_CONSTRAINT. */
  private Optional<ForeignKeySpec> joinForeignKey(Element e) {
    Members many = annotations(e).members(JoinColumns.class);
    if (many != null) {
      return Optional.of(ForeignKeySpec.of(many.annotation("foreignKey")));
    }
    Members one = annotations(e).members(JoinColumn.class);
    return one == null ? Optional.empty() : Optional.of(ForeignKeySpec.of(one.annotation("foreignKey")));
  }

  private void foreignKey(Draft draft, Element origin, List<String> columns, String referencedTable,
      List<String> referencedColumns, Optional<ForeignKeySpec> spec) {
    if (referencedTable == null) {
      return;
    }
    if (spec.isPresent() && spec.get().noConstraint()) {
      return;
    }
    String name = spec.map(ForeignKeySpec::name).filter(s -> !s.isEmpty()).map(naming::apply)
        .orElse(MappingRules.foreignKeyName(draft.name, columns));
    ForeignKey fk = ForeignKey.of(name, columns, referencedTable, referencedColumns);
    // Retort's own @OnDelete, or Hibernate's (read by name: no dependency on Hibernate).
    Optional<String> onDelete = annotations(origin).enumConstant("dev.retort.annotations.OnDelete", "value")
        .or(() -> annotations(origin).enumConstant(HIBERNATE + "OnDelete", "action"));
    if (onDelete.isPresent()) {
      fk = fk.onDelete(onDeleteAction(onDelete.get()));
    }
    ForeignKey f = fk;
    if (draft.foreignKeys.stream().noneMatch(x -> x.name().equals(f.name()))) {
      draft.foreignKeys.add(f);
    }
  }

  private static ForeignKey.Action onDeleteAction(String action) {
    switch (action) {
      case "CASCADE": return ForeignKey.Action.CASCADE;
      case "SET_NULL": return ForeignKey.Action.SET_NULL;
      case "SET_DEFAULT": return ForeignKey.Action.SET_DEFAULT;
      case "RESTRICT": return ForeignKey.Action.RESTRICT;
      default: return ForeignKey.Action.NO_ACTION;
    }
  }

  /** {@code @OneToMany @JoinColumn}: the FK column lives in the target's table. */
  private void oneToManyJoinColumn(TypeElement entity, Attribute a, TypeElement target) {
    String targetTable = tableOf(target);
    if (targetTable == null) {
      return;
    }
    Draft td = draft(targetTable);
    List<JoinColumnSpec> given = joinColumnAnnotations(a.element());
    List<MappedColumn> ownerIds = ids(entity);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < ownerIds.size(); i++) {
      Column ref = ownerIds.get(i).column();
      JoinColumnSpec j = pick(given, i, ref.name());
      String name = j != null && !j.name().isEmpty() ? naming.apply(j.name())
          : naming.apply(MappingRules.joinColumnName(a.name(), ref.name()));
      names.add(name);
      if (!td.has(name)) {
        td.foreignColumns.add(new Column(name, ref.type(), j == null || j.nullable(), null, false, null));
        columnOrigins.putIfAbsent(targetTable + "." + name, a.element());
      }
    }
    List<String> refs = ownerIds.stream().map(c -> c.column().name()).toList();
    foreignKey(td, a.element(), names, tableOf(entity), refs, joinForeignKey(a.element()));
    OrderColumn order = a.get(OrderColumn.class);
    if (order != null) {
      String n = naming.apply(order.name().isEmpty() ? MappingRules.orderColumnName(a.name()) : order.name());
      if (!td.has(n)) {
        td.foreignColumns.add(Column.of(n, ColumnType.INTEGER));
      }
    }
  }

  /** A join table for {@code @ManyToMany} or a {@code @OneToMany} without join column. */
  private void joinTable(TypeElement entity, Attribute a, TypeElement target, boolean oneToMany) {
    String ownerTable = tableOf(entity);
    String targetTable = tableOf(target);
    if (ownerTable == null || targetTable == null) {
      return;
    }
    JoinTable jt = a.get(JoinTable.class);
    String name;
    if (jt != null && !jt.name().isEmpty()) {
      name = naming.apply(jt.name());
    } else if (naming.joinTableFromAttribute()) {
      name = naming.apply(ownerTable + "_" + a.name());
    } else {
      name = naming.apply(ownerTable + "_" + targetTable);
    }
    Draft d = draft(name);
    d.owner = entity;
    d.entityClasses.add(entity.getQualifiedName().toString());
    String back = inverseAttribute(target, a);
    List<JoinColumnSpec> ownerGiven = jt == null ? List.of() : JoinColumnSpec.of(jt.joinColumns());
    List<JoinColumnSpec> inverseGiven = jt == null ? List.of() : JoinColumnSpec.of(jt.inverseJoinColumns());
    List<String> ownerCols = tableKeyColumns(d, a, ids(entity), ownerGiven, back != null ? back : entityName(entity));
    List<String> inverseCols = tableKeyColumns(d, a, ids(target), inverseGiven, a.name());
    foreignKey(d, a.element(), ownerCols, ownerTable, ids(entity).stream().map(c -> c.column().name()).toList(),
        jt == null ? Optional.empty() : Optional.of(ForeignKeySpec.of(jt.foreignKey())));
    foreignKey(d, a.element(), inverseCols, targetTable, ids(target).stream().map(c -> c.column().name()).toList(),
        jt == null ? Optional.empty() : Optional.of(ForeignKeySpec.of(jt.inverseForeignKey())));
    OrderColumn order = a.get(OrderColumn.class);
    List<String> pk = new ArrayList<>(ownerCols);
    if (order != null) {
      String n = naming.apply(order.name().isEmpty() ? MappingRules.orderColumnName(a.name()) : order.name());
      addColumn(d, new MappedColumn(Column.of(n, ColumnType.INTEGER).notNull(), a.element(), false, null));
      pk.add(n);
      d.primaryKey = PrimaryKey.of(pk.toArray(String[]::new));
      if (oneToMany) {
        d.uniques.add(new UniqueConstraint(MappingRules.uniqueName(name, inverseCols), inverseCols));
      }
    } else if (oneToMany && isSet(a)) {
      // Hibernate keys a one-to-many set's join table by the element's columns alone
      d.primaryKey = PrimaryKey.of(inverseCols.toArray(String[]::new));
    } else if (oneToMany) {
      d.uniques.add(new UniqueConstraint(MappingRules.uniqueName(name, inverseCols), inverseCols));
    } else if (isSet(a)) {
      pk.addAll(inverseCols);
      d.primaryKey = PrimaryKey.of(pk.toArray(String[]::new));
    }
  }

  private List<String> tableKeyColumns(Draft d, Attribute a, List<MappedColumn> refIds, List<JoinColumnSpec> given,
      String prefix) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < refIds.size(); i++) {
      Column ref = refIds.get(i).column();
      JoinColumnSpec j = pick(given, i, ref.name());
      String name = j != null && !j.name().isEmpty() ? naming.apply(j.name())
          : naming.apply(MappingRules.joinColumnName(prefix, ref.name()));
      names.add(name);
      addColumn(d, new MappedColumn(new Column(name, ref.type(), false, null, false, null), a.element(), false, null));
    }
    return names;
  }

  /** The target's attribute that maps this association back ({@code mappedBy}), if any. */
  private String inverseAttribute(TypeElement target, Attribute a) {
    for (TypeElement t : chain(target)) {
      for (Attribute x : attributes(t, access(target))) {
        ManyToMany mm = x.get(ManyToMany.class);
        if (mm != null && mm.mappedBy().equals(a.name())) {
          return x.name();
        }
      }
    }
    return null;
  }

  private void elementCollection(TypeElement entity, Attribute a) {
    TypeMirror element = elementType(a);
    String ownerTable = tableOf(entity);
    if (element == null || ownerTable == null) {
      return;
    }
    CollectionTable ct = a.get(CollectionTable.class);
    String name = naming.apply(ct != null && !ct.name().isEmpty() ? ct.name() : entityName(entity) + "_" + a.name());
    Draft d = draft(name);
    d.owner = entity;
    d.entityClasses.add(entity.getQualifiedName().toString());
    List<JoinColumnSpec> given = ct == null ? List.of() : JoinColumnSpec.of(ct.joinColumns());
    List<String> keyCols = tableKeyColumns(d, a, ids(entity), given, entityName(entity));
    foreignKey(d, a.element(), keyCols, ownerTable, ids(entity).stream().map(c -> c.column().name()).toList(),
        ct == null ? Optional.empty() : Optional.of(ForeignKeySpec.of(ct.foreignKey())));
    List<MappedColumn> values;
    boolean embeddable = element.getKind() == TypeKind.DECLARED
        && has(((DeclaredType) element).asElement(), Embeddable.class);
    Attribute valueAttr = attribute(a.element(), a.name(), element);
    if (embeddable) {
      values = embeddableColumns(entity, (TypeElement) ((DeclaredType) element).asElement(), name, overridesOf(a));
    } else {
      MappedColumn m = basic(valueAttr, columnSpec(a), a.name(), name, false);
      if (m == null) {
        return;
      }
      values = List.of(m);
    }
    for (MappedColumn v : values) {
      addColumn(d, v);
    }
    OrderColumn order = a.get(OrderColumn.class);
    if (order != null) {
      String n = naming.apply(order.name().isEmpty() ? MappingRules.orderColumnName(a.name()) : order.name());
      addColumn(d, new MappedColumn(Column.of(n, ColumnType.INTEGER).notNull(), a.element(), false, null));
      List<String> pk = new ArrayList<>(keyCols);
      pk.add(n);
      d.primaryKey = PrimaryKey.of(pk.toArray(String[]::new));
    }
  }

  // -------------------------------------------------------------------------------------------------------- basic

  /** One basic column, or null after reporting why the attribute cannot be mapped. */
  private MappedColumn basic(Attribute a, ColumnSpec col, String logicalName, String table, boolean forceNullable) {
    return basic(a, col, logicalName, table, forceNullable, false);
  }

  /**
   * One basic column; {@code insideEmbeddable} leaves primitives nullable, as Hibernate does for the columns of an
   * embeddable (the embedded object as a whole may be null).
   */
  private MappedColumn basic(Attribute a, ColumnSpec col, String logicalName, String table, boolean forceNullable,
      boolean insideEmbeddable) {
    try {
      return basicColumn(a, col, logicalName, table, forceNullable, insideEmbeddable);
    } catch (IllegalArgumentException e) {
      diagnostics.error(Messages.invalidColumn(a.name(), e.getMessage()), a.element());
      return null;
    }
  }

  private MappedColumn basicColumn(Attribute a, ColumnSpec col, String logicalName, String table,
      boolean forceNullable, boolean insideEmbeddable) {
    String name = naming.apply(col != null && !col.name().isEmpty() ? col.name() : logicalName);
    TypeMapper.Sizes sizes = col == null ? TypeMapper.Sizes.DEFAULT
        : new TypeMapper.Sizes(col.length() == 255 ? 0 : col.length(), col.precision(), col.scale());
    boolean lob = a.has(Lob.class);
    String temporalType = a.annotations().enumConstant("jakarta.persistence.Temporal", "value").orElse(null);
    String check = null;
    ColumnType type;
    TypeMirror valueType = a.type();
    Optional<DeclaredType> converter = a.annotations().classValue("jakarta.persistence.Convert", "converter");
    Convert convert = a.get(Convert.class);
    if (converter.isPresent() && (convert == null || !convert.disableConversion())) {
      valueType = databaseSideType(converter.get(), a);
      if (valueType == null) {
        return null;
      }
    }
    if (isEnum(valueType) && converter.isEmpty()) {
      TypeElement enumType = (TypeElement) ((DeclaredType) valueType).asElement();
      List<String> constants = enumType.getEnclosedElements().stream()
          .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT).map(e -> e.getSimpleName().toString()).toList();
      Enumerated en = a.get(Enumerated.class);
      boolean ordinal = en == null || en.value() == EnumType.ORDINAL;
      if (ordinal) {
        type = constants.size() <= Byte.MAX_VALUE ? ColumnType.TINYINT : ColumnType.SMALLINT;
        if (!constants.isEmpty()) {
          check = name + " between 0 and " + (constants.size() - 1);
        }
      } else {
        type = ColumnType.varchar(sizes.lengthOr255());
        if (!constants.isEmpty()) {
          check = name + " in (" + constants.stream().map(c -> "'" + c + "'").collect(Collectors.joining(",")) + ")";
        }
      }
      enums.put(enumType.getQualifiedName().toString(), new ScanResult.EnumUse(enumType, constants, ordinal));
    } else {
      Optional<ColumnType> mapped = typeMapper.map(valueType, sizes, lob, temporalType);
      if (mapped.isEmpty()) {
        diagnostics.error(Messages.unsupportedType(valueType.toString(), a.name()), a.element());
        return null;
      }
      type = mapped.get();
    }
    if (col != null && !col.columnDefinition().isEmpty()) {
      type = ColumnType.custom(col.columnDefinition());
    }
    boolean primitive = valueType.getKind().isPrimitive() && converter.isEmpty() && !insideEmbeddable;
    Basic basic = a.get(Basic.class);
    boolean notNull = primitive || (col != null && !col.nullable()) || (basic != null && !basic.optional())
        || a.has(Id.class) || a.has(Version.class);
    Column c = Column.of(name, type).nullable(forceNullable || !notNull);
    Optional<String> def = a.annotations().string(DB_DEFAULT, "value")
        .or(() -> a.annotations().string(HIBERNATE + "ColumnDefault", "value"));
    if (def.isPresent()) {
      c = c.defaultValue(def.get());
    }
    Optional<String> comment = a.annotations().string(HIBERNATE + "Comment", "value");
    if (comment.isPresent()) {
      c = c.comment(comment.get());
    }
    columnOrigins.putIfAbsent(table + "." + name, a.element());
    return new MappedColumn(c, a.element(), col != null && col.unique(), check);
  }

  private boolean isEnum(TypeMirror t) {
    return t.getKind() == TypeKind.DECLARED && ((DeclaredType) t).asElement().getKind() == ElementKind.ENUM;
  }

  /** The {@code Y} of the converter's {@code AttributeConverter<X, Y>}. */
  private TypeMirror databaseSideType(DeclaredType converter, Attribute a) {
    TypeElement ac = elements.getTypeElement("jakarta.persistence.AttributeConverter");
    List<TypeMirror> queue = new ArrayList<>(List.of(converter));
    while (!queue.isEmpty()) {
      TypeMirror t = queue.remove(0);
      if (ac != null && t.getKind() == TypeKind.DECLARED && types.isSameType(types.erasure(t), types.erasure(ac.asType()))) {
        List<? extends TypeMirror> args = ((DeclaredType) t).getTypeArguments();
        if (args.size() == 2 && args.get(1).getKind() == TypeKind.DECLARED) {
          return args.get(1);
        }
      }
      queue.addAll(types.directSupertypes(t));
    }
    diagnostics.error(Messages.converterType(converter.toString(), a.name()), a.element(),
        a.annotations().mirror("jakarta.persistence.Convert").orElse(null));
    return null;
  }

  // -------------------------------------------------------------------------------------------------------- build

  private ScanResult build() {
    List<Table> tables = new ArrayList<>();
    Map<String, Element> tableOrigins = new HashMap<>();
    SortedMap<String, SortedSet<String>> entitiesByTable = new TreeMap<>();
    for (Draft d : drafts.values()) {
      if (d.columns.isEmpty() && d.foreignColumns.isEmpty()) {
        continue;
      }
      Table.Builder b = Table.named(d.name);
      d.columns.forEach(b::column);
      d.foreignColumns.stream().filter(c -> d.columns.stream().noneMatch(x -> x.name().equals(c.name())))
          .forEach(b::column);
      Set<String> known = new HashSet<>(b.columns().stream().map(Column::name).toList());
      Element owner = d.owner;
      if (d.primaryKey != null) {
        b.primaryKey(d.primaryKey);
      }
      for (Index i : distinct(d.indexes, Index::name)) {
        if (columnsKnown(known, i.columns(), "index " + i.name(), d, owner)) {
          b.index(i);
        }
      }
      for (UniqueConstraint u : distinct(d.uniques, UniqueConstraint::name)) {
        if (columnsKnown(known, u.columns(), "unique constraint " + u.name(), d, owner)) {
          b.unique(u);
        }
      }
      distinct(d.foreignKeys, ForeignKey::name).forEach(b::foreignKey);
      distinct(d.checks, CheckConstraint::name).forEach(b::check);
      b.comment(d.comment);
      try {
        tables.add(b.build());
      } catch (IllegalArgumentException e) {
        diagnostics.error(Messages.invalidTable(d.name, e.getMessage()), owner);
        continue;
      }
      if (owner != null) {
        tableOrigins.put(d.name, owner);
      }
      entitiesByTable.put(d.name, d.entityClasses);
    }
    Schema schema;
    try {
      schema = new Schema(tables, new ArrayList<>(sequences.values()));
    } catch (IllegalArgumentException e) {
      diagnostics.error(Messages.invalidTable("(schema)", e.getMessage()));
      schema = Schema.EMPTY;
    }
    return new ScanResult(schema, new Hints(tableRenames, columnRenames), tableOrigins, columnOrigins,
        entitiesByTable, enums);
  }

  private boolean columnsKnown(Set<String> known, List<String> columns, String what, Draft d, Element owner) {
    for (String c : columns) {
      if (!known.contains(c)) {
        diagnostics.error(Messages.unknownColumn(what, d.name, c, String.join(", ", new TreeSet<>(known))), owner,
            owner == null ? null : annotations(owner).mirror("jakarta.persistence.Table").orElse(null));
        return false;
      }
    }
    return true;
  }

  private static <T> List<T> distinct(List<T> items, java.util.function.Function<T, String> key) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T t : items) {
      out.putIfAbsent(key.apply(t).toLowerCase(Locale.ROOT), t);
    }
    return new ArrayList<>(out.values());
  }
}
