package dev.retort.processor;

import dev.retort.annotations.Revision;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropColumn;
import dev.retort.ops.Op;
import dev.retort.ops.OpText;
import dev.retort.processor.ProcessorOptions.Mode;
import dev.retort.processor.diff.DiffResult;
import dev.retort.processor.diff.Hazards;
import dev.retort.processor.diff.SchemaDiff;
import dev.retort.processor.scan.EntityScanner;
import dev.retort.processor.scan.MappingRules;
import dev.retort.processor.scan.NamingStrategy;
import dev.retort.processor.scan.ScanResult;
import dev.retort.processor.write.IndexWriter;
import dev.retort.processor.write.RevisionNames;
import dev.retort.processor.write.RevisionWriter;
import dev.retort.processor.write.Snapshot;
import dev.retort.processor.write.SnapshotCodec;
import dev.retort.processor.write.SnapshotStore;
import dev.retort.runtime.IndexFile;
import dev.retort.runtime.RevisionCatalog;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * One processor pass, run once per compile: validate the options, read the {@code @Revision} graph, load the
 * snapshot, scan the entities, diff, then either write a revision and the new snapshot (and stop the build with one
 * error naming them), fail in {@code check} mode, or, when nothing changed, generate the revision index. Generates
 * nothing once an error was reported.
 */
final class RetortStep {
  /** Revision ids: what a command line argument, a file name and the index file can carry unquoted. */
  private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;
  private String current = "the processor options";
  private Element currentElement;
  private EntityScanner scanner;

  RetortStep(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
  }

  /** What the step was doing, for the internal-error message. */
  String current() {
    return scanner != null && scanner.current() != null ? "entity " + scanner.current().getQualifiedName() : current;
  }

  Element currentElement() {
    return scanner != null && scanner.current() != null ? scanner.current() : currentElement;
  }

  /** A {@code @Revision} class. */
  private record Rev(String id, List<String> parents, String message, TypeElement type) {}

  void run(List<TypeElement> roundEntities, List<TypeElement> roundRevisions) {
    Optional<ProcessorOptions> parsed = ProcessorOptions.parse(env.getOptions(), diagnostics);
    if (parsed.isEmpty()) {
      return;
    }
    ProcessorOptions options = parsed.get();
    current = "the @Revision classes";
    List<Rev> revisions = revisions(roundRevisions, options.revisionsPackage());
    List<String> heads = heads(revisions);
    current = "the snapshot " + options.snapshot();
    Committed committed = readSnapshot(options.snapshot());
    if (committed == null || diagnostics.errorCount() > 0) {
      return;
    }
    Snapshot.Header header = committed.header();
    if (header.head() != null && revisions.stream().noneMatch(r -> r.id().equals(header.head()))) {
      diagnostics.error(Messages.snapshotHeadMissing(options.snapshot(), header.head()));
      return;
    }
    current = "the entities";
    scanner = new EntityScanner(env.getElementUtils(), env.getTypeUtils(), diagnostics,
        NamingStrategy.of(options.naming()));
    ScanResult scan = scanner.scan(entities(roundEntities, header));
    scanner = null;
    checkEnums(header, scan);
    if (diagnostics.errorCount() > 0) {
      return;
    }
    current = "the snapshot " + options.snapshot();
    Snapshot snapshot = snapshot(options.snapshot(), committed, scan);
    if (snapshot == null) {
      return;
    }
    current = "the schema diff";
    DiffResult diff = SchemaDiff.diff(snapshot.schema(), scan.schema(), scan.hints());
    if (heads.size() > 1) {
      if (options.mode() == Mode.CHECK) {
        diagnostics.error(Messages.headsInCheck(heads));
      } else {
        writeMerge(options, snapshot, heads);
      }
      return;
    }
    if (!diff.isEmpty()) {
      if (options.mode() == Mode.CHECK) {
        diagnostics.error(Messages.checkFailed(options.snapshot(),
            diff.upgrade().stream().map(OpText::describe).toList()));
      } else {
        writeRevision(options, snapshot, scan, diff, heads);
      }
      return;
    }
    if (!revisions.isEmpty()) {
      current = "the revision index";
      writeIndex(revisions);
    }
  }

  // ---------------------------------------------------------------------------------------------------- revisions

  private List<Rev> revisions(List<TypeElement> roundRevisions, String revisionsPackage) {
    Map<String, TypeElement> types = new TreeMap<>();
    for (TypeElement t : roundRevisions) {
      types.put(t.getQualifiedName().toString(), t);
    }
    PackageElement pkg = env.getElementUtils().getPackageElement(revisionsPackage);
    if (pkg != null) {
      for (TypeElement t : ElementFilter.typesIn(pkg.getEnclosedElements())) {
        if (t.getAnnotation(Revision.class) != null) {
          types.putIfAbsent(t.getQualifiedName().toString(), t);
        }
      }
    }
    TypeElement migration = env.getElementUtils().getTypeElement("dev.retort.ops.Migration");
    List<Rev> out = new ArrayList<>();
    Map<String, TypeElement> byId = new HashMap<>();
    for (TypeElement t : types.values()) {
      currentElement = t;
      Revision r = t.getAnnotation(Revision.class);
      if (r == null) {
        continue;
      }
      if (!isMigration(t, migration)) {
        diagnostics.error(Messages.revisionNotMigration(t.getQualifiedName().toString()), t);
        continue;
      }
      if (!VALID_ID.matcher(r.id()).matches()) {
        diagnostics.error(Messages.invalidRevisionId(r.id(), t.getQualifiedName().toString()), t,
            MappingRules.mirror(t, Revision.class.getName()).orElse(null));
        continue;
      }
      TypeElement before = byId.putIfAbsent(r.id(), t);
      if (before != null) {
        diagnostics.error(Messages.duplicateRevisionId(r.id(), before.getQualifiedName().toString(),
            t.getQualifiedName().toString()), t, MappingRules.mirror(t, Revision.class.getName()).orElse(null));
        continue;
      }
      out.add(new Rev(r.id(), List.of(r.parents()), r.message(), t));
    }
    for (Rev r : out) {
      for (String p : r.parents()) {
        if (!byId.containsKey(p)) {
          diagnostics.error(Messages.unknownParent(r.type().getQualifiedName().toString(), p), r.type(),
              MappingRules.mirror(r.type(), Revision.class.getName()).orElse(null));
        }
      }
    }
    currentElement = null;
    return out;
  }

  private boolean isMigration(TypeElement t, TypeElement migration) {
    if (migration == null || !env.getTypeUtils().isAssignable(t.asType(), migration.asType())) {
      return false;
    }
    if (t.getKind() != ElementKind.CLASS || !t.getModifiers().contains(Modifier.PUBLIC)
        || t.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(t.getEnclosedElements());
    return constructors.isEmpty() || constructors.stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
  }

  private static List<String> heads(List<Rev> revisions) {
    return RevisionCatalog.headsOf(revisions.stream().map(Rev::id).toList(),
        revisions.stream().flatMap(r -> r.parents().stream()).toList());
  }

  // ----------------------------------------------------------------------------------------------------- snapshot

  /** The snapshot file's text (null when there is none) and its header. */
  private record Committed(String text, Snapshot.Header header) {}

  private Committed readSnapshot(Path file) {
    Optional<String> text;
    try {
      text = SnapshotStore.read(file);
    } catch (IOException e) {
      diagnostics.error(Messages.snapshotUnreadable(file, String.valueOf(e.getMessage())));
      return null;
    }
    if (text.isEmpty()) {
      return new Committed(null, Snapshot.Header.EMPTY);
    }
    try {
      return new Committed(text.get(), SnapshotCodec.decodeHeader(text.get()));
    } catch (SnapshotCodec.SnapshotException e) {
      snapshotError(file, e);
      return null;
    }
  }

  /**
   * The committed snapshot in full. When the file holds exactly the snapshot this compile would write for an
   * unchanged model (the usual compile) that is the scanned model itself, and the file's schema is not decoded.
   */
  private Snapshot snapshot(Path file, Committed committed, ScanResult scan) {
    if (committed.text() == null) {
      return Snapshot.EMPTY;
    }
    Snapshot unchanged = new Snapshot(committed.header().head(), committed.header().chainHash(),
        scan.entitiesByTable(), enumConstants(scan), scan.schema());
    if (SnapshotCodec.encode(unchanged).equals(committed.text())) {
      return unchanged;
    }
    try {
      return SnapshotCodec.decode(committed.text());
    } catch (SnapshotCodec.SnapshotException e) {
      snapshotError(file, e);
      return null;
    }
  }

  private void snapshotError(Path file, SnapshotCodec.SnapshotException e) {
    if (e.version() != 0) {
      diagnostics.error(Messages.snapshotVersion(file, e.version(), Snapshot.FORMAT_VERSION));
    } else {
      diagnostics.error(Messages.snapshotUnreadable(file, e.getMessage()));
    }
  }

  private static SortedMap<String, List<String>> enumConstants(ScanResult scan) {
    SortedMap<String, List<String>> enums = new TreeMap<>();
    scan.enums().forEach((k, v) -> enums.put(k, v.constants()));
    return enums;
  }

  /** The round's entities plus those the snapshot names, looked up by name (partial compiles see only some). */
  private List<TypeElement> entities(List<TypeElement> roundEntities, Snapshot.Header snapshot) {
    Map<String, TypeElement> all = new TreeMap<>();
    for (TypeElement t : roundEntities) {
      all.put(t.getQualifiedName().toString(), t);
    }
    for (String name : snapshot.entityClasses()) {
      if (!all.containsKey(name)) {
        TypeElement t = env.getElementUtils().getTypeElement(name);
        if (t != null && t.getAnnotation(Entity.class) != null) {
          all.put(name, t);
        }
      }
    }
    return new ArrayList<>(all.values());
  }

  private void checkEnums(Snapshot.Header snapshot, ScanResult scan) {
    scan.enums().forEach((name, use) -> {
      List<String> before = snapshot.enums().get(name);
      if (!use.ordinal() || before == null) {
        return;
      }
      List<String> now = use.constants();
      int common = Math.min(now.size(), before.size());
      if (!now.subList(0, common).equals(before.subList(0, common))) {
        diagnostics.error(Messages.ordinalChanged(name, before, now), use.type());
      }
    });
  }

  // -------------------------------------------------------------------------------------------------------- write

  private void writeRevision(ProcessorOptions options, Snapshot snapshot, ScanResult scan, DiffResult diff,
      List<String> parents) {
    current = "the new revision";
    for (DiffResult.RenameFinding f : diff.findings()) {
      if (f.isTable()) {
        diagnostics.warning("rename", Messages.tableRenameSuggestion(f.dropped(), f.table()),
            scan.tableOrigin(f.table()));
      } else {
        diagnostics.warning("rename", Messages.renameSuggestion(f.table(), f.dropped(), f.added()),
            scan.columnOrigin(f.table(), f.added()));
      }
    }
    for (Op op : diff.upgrade()) {
      Optional<String> hazard = Hazards.of(op);
      if (hazard.isPresent()) {
        Element at = null;
        if (op instanceof DropColumn d) {
          at = scan.tableOrigin(d.table());
        } else if (op instanceof AddColumn a) {
          at = scan.columnOrigin(a.table(), a.column().name());
        } else if (op instanceof AlterColumn a) {
          at = scan.columnOrigin(a.table(), a.to().name());
        }
        diagnostics.warning("destructive", Messages.destructive(hazard.get()), at);
      }
    }
    LocalDateTime now = options.now();
    String message = options.message().orElse(RevisionNames.message(diff.upgrade()));
    String id = RevisionNames.id(now, parents, diff.upgrade());
    String className = RevisionNames.className(now, message);
    RevisionWriter.Spec spec = new RevisionWriter.Spec(options.revisionsPackage(), className, id, parents, message,
        SHOWN.format(now), diff.upgrade(), diff.downgrade());
    Snapshot next = new Snapshot(id, RevisionNames.chainHash(snapshot.chainHash(), id), scan.entitiesByTable(),
        enumConstants(scan), diff.target());
    write(options, spec, next);
  }

  private void writeMerge(ProcessorOptions options, Snapshot snapshot, List<String> heads) {
    current = "the merge revision";
    LocalDateTime now = options.now();
    String message = options.message().orElse("merge " + String.join(" and ", heads));
    String id = RevisionNames.id(now, heads, List.of());
    RevisionWriter.Spec spec = new RevisionWriter.Spec(options.revisionsPackage(),
        RevisionNames.className(now, message), id, heads, message, SHOWN.format(now), List.of(), List.of());
    Snapshot next = new Snapshot(id, RevisionNames.chainHash(snapshot.chainHash(), id), snapshot.entities(),
        snapshot.enums(), snapshot.schema());
    Path source = writeFiles(options, spec, next);
    if (source != null) {
      diagnostics.error(Messages.reviewMerge(source, options.snapshot(), heads));
    }
  }

  private void write(ProcessorOptions options, RevisionWriter.Spec spec, Snapshot next) {
    Path source = writeFiles(options, spec, next);
    if (source != null) {
      diagnostics.error(Messages.review(source, options.snapshot()));
    }
  }

  /** Writes the revision and the snapshot; returns the revision's path, or null after reporting a failure. */
  private Path writeFiles(ProcessorOptions options, RevisionWriter.Spec spec, Snapshot next) {
    Path dir = options.revisionsDir();
    for (String part : options.revisionsPackage().split("\\.")) {
      dir = dir.resolve(part);
    }
    Path source = dir.resolve(spec.className() + ".java");
    String text = RevisionWriter.source(spec);
    if (Files.exists(source)) {
      diagnostics.error(Messages.writeFailed(source, "the file already exists; delete it or wait a minute and build"
          + " again"));
      return null;
    }
    try {
      SnapshotStore.write(source, text);
    } catch (IOException e) {
      diagnostics.error(Messages.writeFailed(source, String.valueOf(e.getMessage())));
      return null;
    }
    try {
      SnapshotStore.write(options.snapshot(), SnapshotCodec.encode(next));
    } catch (IOException e) {
      diagnostics.error(Messages.writeFailed(options.snapshot(), String.valueOf(e.getMessage())));
      return null;
    }
    return source;
  }

  private void writeIndex(List<Rev> revisions) {
    if (diagnostics.errorCount() > 0) {
      return;
    }
    List<IndexWriter.Entry> entries = revisions.stream()
        .map(r -> new IndexWriter.Entry(new IndexFile.Entry(r.id(), r.parents(), r.message(),
            env.getElementUtils().getBinaryName(r.type()).toString()), r.type()))
        .toList();
    try {
      IndexWriter.write(env.getFiler(), entries);
    } catch (IOException e) {
      diagnostics.error(Messages.writeFailed(Path.of(IndexFile.PATH), String.valueOf(e.getMessage())));
    }
  }
}
