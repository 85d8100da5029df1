package dev.retort.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The revisions an application ships, linked by their parents: validates them, knows the base, the heads and the
 * merges, and resolves targets ({@code head}, {@code heads}, {@code base}, an id or unambiguous prefix,
 * {@code +N}, {@code -N}, {@code <id>+N}, {@code <id>-N}) to sets of revisions.
 *
 * <pre>{@code
 * RevisionGraph graph = RevisionGraph.of(index.revisions());
 * Set<String> target = graph.resolve("head", currentHeads);
 * }</pre>
 *
 * <p>A graph is valid when every id is non-empty and unique, every parent exists, there is no cycle and exactly
 * one revision has no parents; each violation is its own {@link RetortException} naming the revisions at fault.
 * A resolved target is a set of revision ids; the empty set is {@code base}, the state before any revision.
 */
public final class RevisionGraph {
  private static final Pattern RELATIVE = Pattern.compile("(.*?)([+-])(\\d+)");

  private final Map<String, RevisionDescriptor> revisions;
  private final Map<String, List<String>> children;
  private final List<String> order;
  private final Map<String, Integer> position;
  private final List<String> heads;

  private RevisionGraph(Map<String, RevisionDescriptor> revisions, Map<String, List<String>> children,
      List<String> order) {
    this.revisions = revisions;
    this.children = children;
    this.order = List.copyOf(order);
    this.position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i), i);
    }
    List<String> h = new ArrayList<>();
    for (String id : order) {
      if (children.get(id).isEmpty()) {
        h.add(id);
      }
    }
    Collections.sort(h);
    this.heads = List.copyOf(h);
  }

  /** Validates the revisions and links them; throws the {@link RetortException} that names the first problem. */
  public static RevisionGraph of(Collection<RevisionDescriptor> revisions) {
    Map<String, RevisionDescriptor> byId = new TreeMap<>();
    Map<String, List<String>> duplicates = new TreeMap<>();
    List<String> empty = new ArrayList<>();
    for (RevisionDescriptor r : revisions) {
      if (r.id().isBlank()) {
        empty.add(describeSource(r));
        continue;
      }
      RevisionDescriptor previous = byId.putIfAbsent(r.id(), r);
      if (previous != null) {
        duplicates.computeIfAbsent(r.id(), k -> new ArrayList<>(List.of(describeSource(previous))))
            .add(describeSource(r));
      }
    }
    if (!empty.isEmpty()) {
      throw new DuplicateRevisionException("a revision id must not be empty; found " + empty.size()
          + " revision(s) without one: " + String.join(", ", empty) + ". Give each a unique id in @Revision(id = ...).");
    }
    if (!duplicates.isEmpty()) {
      List<String> lines = new ArrayList<>();
      duplicates.forEach((id, sources) -> lines.add(id + " (" + String.join(", ", sources) + ")"));
      throw new DuplicateRevisionException("revision ids must be unique; used more than once: "
          + String.join("; ", lines) + ". Give one of each pair a new id before it is applied anywhere.");
    }
    List<String> missing = new ArrayList<>();
    Map<String, List<String>> children = new LinkedHashMap<>();
    for (String id : byId.keySet()) {
      children.put(id, new ArrayList<>());
    }
    for (RevisionDescriptor r : byId.values()) {
      Set<String> seen = new HashSet<>();
      for (String p : r.parents()) {
        if (!seen.add(p)) {
          throw new DuplicateRevisionException("revision " + r.id() + " names parent " + p + " twice");
        }
        if (!byId.containsKey(p)) {
          missing.add("revision " + r.id() + " names parent " + p);
        } else {
          children.get(p).add(r.id());
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingParentException(String.join("; ", missing) + ", which does not exist. Restore the missing"
          + " revision, or correct the parents in @Revision(parents = ...).");
    }
    children.values().forEach(Collections::sort);
    List<String> order = topologicalOrder(byId, children);
    if (order.size() < byId.size()) {
      throw new RevisionCycleException("the revisions' parents form a cycle: " + String.join(" -> ",
          findCycle(byId, order)) + ". A revision must come after its parents; correct @Revision(parents = ...).");
    }
    List<String> bases = byId.values().stream().filter(r -> r.parents().isEmpty()).map(RevisionDescriptor::id).toList();
    if (!byId.isEmpty() && bases.size() != 1) {
      throw new BaseRevisionException("there must be exactly one base revision (one without parents); found "
          + bases.size() + ": " + String.join(", ", bases) + ". Give all but the first a parent.");
    }
    return new RevisionGraph(Collections.unmodifiableMap(byId), children, order);
  }

  private static String describeSource(RevisionDescriptor r) {
    return r.message().isEmpty() ? "\"" + r.id() + "\"" : "\"" + r.id() + "\" '" + r.message() + "'";
  }

  /** Kahn's algorithm; among revisions ready at the same time, the smallest id first, so the order is stable. */
  private static List<String> topologicalOrder(Map<String, RevisionDescriptor> byId, Map<String, List<String>> children) {
    Map<String, Integer> waiting = new HashMap<>();
    TreeSet<String> ready = new TreeSet<>();
    for (RevisionDescriptor r : byId.values()) {
      waiting.put(r.id(), r.parents().size());
      if (r.parents().isEmpty()) {
        ready.add(r.id());
      }
    }
    List<String> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String id = ready.pollFirst();
      order.add(id);
      for (String child : children.get(id)) {
        if (waiting.merge(child, -1, Integer::sum) == 0) {
          ready.add(child);
        }
      }
    }
    return order;
  }

  private static List<String> findCycle(Map<String, RevisionDescriptor> byId, List<String> ordered) {
    Set<String> done = new HashSet<>(ordered);
    String start = byId.keySet().stream().filter(id -> !done.contains(id)).findFirst().orElseThrow();
    List<String> path = new ArrayList<>();
    Map<String, Integer> at = new HashMap<>();
    String current = start;
    while (!at.containsKey(current)) {
      at.put(current, path.size());
      path.add(current);
      RevisionDescriptor r = byId.get(current);
      current = r.parents().stream().filter(p -> !done.contains(p)).sorted().findFirst().orElseThrow();
    }
    List<String> cycle = new ArrayList<>(path.subList(at.get(current), path.size()));
    cycle.add(current);
    Collections.reverse(cycle);
    return cycle;
  }

  public boolean isEmpty() {
    return revisions.isEmpty();
  }

  public boolean contains(String id) {
    return revisions.containsKey(id);
  }

  /** The revision with this exact id. */
  public RevisionDescriptor revision(String id) {
    RevisionDescriptor r = revisions.get(id);
    if (r == null) {
      throw new UnknownRevisionException("no revision " + id);
    }
    return r;
  }

  /** Every revision id, parents before children. */
  public List<String> order() {
    return order;
  }

  /** The revisions without children, sorted by id. */
  public List<String> heads() {
    return heads;
  }

  /** The revision without parents, or null for an empty graph. */
  public String base() {
    return order.isEmpty() ? null : order.get(0);
  }

  public List<String> parents(String id) {
    return revision(id).parents();
  }

  public List<String> children(String id) {
    revision(id);
    return Collections.unmodifiableList(children.get(id));
  }

  /** Whether the revision joins two or more branches. */
  public boolean isMerge(String id) {
    return parents(id).size() > 1;
  }

  /** The revisions and all their ancestors. */
  public Set<String> ancestors(Collection<String> ids) {
    Set<String> out = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(ids);
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (out.add(id)) {
        todo.addAll(parents(id));
      }
    }
    return out;
  }

  /** The revisions and all their descendants. */
  public Set<String> descendants(Collection<String> ids) {
    Set<String> out = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(ids);
    while (!todo.isEmpty()) {
      String id = todo.pop();
      if (out.add(id)) {
        todo.addAll(children(id));
      }
    }
    return out;
  }

  /** The given revisions in graph order, parents before children. */
  public List<String> sorted(Collection<String> ids) {
    List<String> out = new ArrayList<>(ids);
    out.sort((a, b) -> Integer.compare(position(a), position(b)));
    return out;
  }

  private int position(String id) {
    Integer p = position.get(id);
    if (p == null) {
      throw new UnknownRevisionException("no revision " + id);
    }
    return p;
  }

  /** The heads of a set of applied revisions (closed under parents): those with no child in the set, sorted. */
  public List<String> headsOf(Set<String> applied) {
    List<String> out = new ArrayList<>();
    for (String id : applied) {
      if (children(id).stream().noneMatch(applied::contains)) {
        out.add(id);
      }
    }
    Collections.sort(out);
    return out;
  }

  /**
   * Resolves a full id or an unambiguous prefix of one.
   *
   * @throws UnknownRevisionException when nothing matches, or the prefix matches several (all are listed)
   */
  public String resolveId(String reference) {
    if (reference == null || reference.isBlank()) {
      throw new UnknownRevisionException("an empty revision reference names no revision");
    }
    if (revisions.containsKey(reference)) {
      return reference;
    }
    List<String> candidates = new ArrayList<>();
    for (String id : revisions.keySet()) {
      if (id.startsWith(reference)) {
        candidates.add(id);
      }
    }
    if (candidates.isEmpty()) {
      throw new UnknownRevisionException("no revision matches '" + reference + "'; the heads are "
          + (heads.isEmpty() ? "(none)" : String.join(", ", heads)) + ". Run `heads` or `history` to list them.");
    }
    if (candidates.size() > 1) {
      throw new UnknownRevisionException("revision prefix '" + reference + "' is ambiguous; it matches "
          + String.join(", ", candidates) + ". Give more characters of the id.");
    }
    return candidates.get(0);
  }

  /**
   * Resolves a target to a set of revisions (empty: {@code base}). Relative targets ({@code +N}, {@code -N}) move
   * from {@code current}, the revisions the database is at; {@code <id>+N} and {@code <id>-N} move from a
   * revision.
   */
  public Set<String> resolve(String target, Collection<String> current) {
    if (target == null || target.isBlank()) {
      throw new UnknownRevisionException("an empty target names no revision; use head, heads, base, a revision id,"
          + " +N or -N");
    }
    String t = target.strip();
    switch (t) {
      case "base":
        return Set.of();
      case "heads":
        requireRevisions();
        return new TreeSet<>(heads);
      case "head":
        return Set.of(singleHead());
      default:
        break;
    }
    if (revisions.containsKey(t)) {
      return Set.of(t);
    }
    Matcher m = RELATIVE.matcher(t);
    if (m.matches()) {
      int steps;
      try {
        steps = Integer.parseInt(m.group(3));
      } catch (NumberFormatException e) {
        throw new UnknownRevisionException("target " + t + " moves " + m.group(3) + " steps, more than any revision"
            + " graph has; use head, base or a revision id");
      }
      boolean forward = m.group(2).equals("+");
      Set<String> from;
      if (m.group(1).isEmpty()) {
        from = new TreeSet<>(current);
      } else if (m.group(1).equals("head")) {
        from = Set.of(singleHead());
      } else {
        from = Set.of(resolveId(m.group(1)));
      }
      return forward ? forward(t, from, steps) : backward(t, from, steps);
    }
    return Set.of(resolveId(t));
  }

  private void requireRevisions() {
    if (revisions.isEmpty()) {
      throw new RetortConfigurationException("no revisions found: the application has no generated revision index"
          + " (META-INF/services/dev.retort.runtime.RevisionCatalog) and none were given to Retort.configure()");
    }
  }

  /** The single head; refused with both named when the graph has branched. */
  public String singleHead() {
    requireRevisions();
    if (heads.size() > 1) {
      throw new MultipleHeadsException("the revisions have " + heads.size() + " heads: " + String.join(", ", heads)
          + ". Run `merge` to create a revision joining them, or name a target: upgrade heads, or a revision id.");
    }
    return heads.get(0);
  }

  private Set<String> forward(String target, Set<String> from, int steps) {
    requireRevisions();
    Set<String> at = from;
    for (int i = 0; i < steps; i++) {
      if (at.isEmpty()) {
        at = Set.of(base());
        continue;
      }
      if (at.size() > 1) {
        throw new UnknownRevisionException("target " + target + " is ambiguous: it starts from several revisions ("
            + String.join(", ", new TreeSet<>(at)) + "); name one, as <id>+N");
      }
      String id = at.iterator().next();
      List<String> next = children(id);
      if (next.isEmpty()) {
        throw new UnknownRevisionException("target " + target + " goes past head " + id + " after " + i
            + " step(s)");
      }
      if (next.size() > 1) {
        throw new UnknownRevisionException("target " + target + " is ambiguous: revision " + id + " has "
            + next.size() + " children (" + String.join(", ", next) + "); name one, as <id>+N");
      }
      at = Set.of(next.get(0));
    }
    return at;
  }

  private Set<String> backward(String target, Set<String> from, int steps) {
    Set<String> at = from;
    for (int i = 0; i < steps; i++) {
      if (at.isEmpty()) {
        throw new UnknownRevisionException("target " + target + " goes below base after " + i + " step(s)");
      }
      if (at.size() > 1) {
        throw new UnknownRevisionException("target " + target + " is ambiguous: it starts from several revisions ("
            + String.join(", ", new TreeSet<>(at)) + "); name one, as <id>-N");
      }
      at = new LinkedHashSet<>(parents(at.iterator().next()));
    }
    return at;
  }
}
