package dev.retort.processor;

import java.nio.file.Path;
import java.util.List;

/**
 * Every user-facing message of the processor, as factory methods. Each starts with a stable tag
 * ({@code [retort:mapping]}, ...) that the README's troubleshooting table documents and tests match; each says the
 * rule, the names involved and the fix.
 */
public final class Messages {
  private Messages() {}

  public static final String OPTION = "[retort:option] ";
  public static final String MAPPING = "[retort:mapping] ";
  public static final String TYPE = "[retort:type] ";
  public static final String SNAPSHOT = "[retort:snapshot] ";
  public static final String RENAME = "[retort:rename] ";
  public static final String DESTRUCTIVE = "[retort:destructive] ";
  public static final String REVIEW = "[retort:review] ";
  public static final String CHECK = "[retort:check] ";
  public static final String HEADS = "[retort:heads] ";
  public static final String REVISION = "[retort:revision] ";
  public static final String ENUM = "[retort:enum] ";
  public static final String INTERNAL = "[retort:internal] ";
  public static final String IO = "[retort:io] ";
  public static final String UNRESOLVED = "[retort:unresolved] ";

  // options

  public static String optionMissing(String option, String what) {
    return OPTION + "missing option " + option + " (" + what + "); pass it to javac as -A" + option + "=...";
  }

  public static String optionInvalid(String option, String value, String allowed) {
    return OPTION + "option " + option + " has the invalid value '" + value + "'; allowed: " + allowed;
  }

  // mapping

  public static String unsupportedType(String type, String attribute) {
    return TYPE + "cannot map attribute '" + attribute + "' of type " + type
        + " to a column; use a JPA basic type, mark it @Transient, or add @Convert with an AttributeConverter";
  }

  public static String converterType(String converter, String attribute) {
    return TYPE + "cannot find the database-side type of converter " + converter + " used by attribute '" + attribute
        + "'; the converter must implement AttributeConverter<X, Y> with a concrete Y";
  }

  public static String noId(String entity) {
    return MAPPING + "entity " + entity + " has no @Id or @EmbeddedId attribute; every entity needs a primary key";
  }

  public static String circularId(String entity) {
    return MAPPING + "the identifier of entity " + entity + " depends on itself through @Id associations";
  }

  public static String sequenceConflict(String sequence, String first, String second) {
    return MAPPING + "sequence " + sequence + " is declared twice with different settings (" + first + " and "
        + second + "); give both generators the same initialValue and allocationSize";
  }

  public static String duplicateColumn(String column, String table) {
    return MAPPING + "column " + column + " of table " + table
        + " is mapped twice with different definitions; rename one with @Column(name = \"...\") or"
        + " @AttributeOverride";
  }

  public static String notEmbeddable(String type) {
    return MAPPING + "type " + type + " is used as @Embedded or @EmbeddedId but is not annotated @Embeddable";
  }

  public static String notAnEntity(String type, String attribute) {
    return MAPPING + "association '" + attribute + "' points to " + type
        + ", which is not an @Entity; set targetEntity or map the attribute as @Embedded or @ElementCollection";
  }

  public static String notACollection(String attribute, String type) {
    return MAPPING + "attribute '" + attribute + "' of type " + type
        + " needs a generic Collection, List or Set type to be a collection mapping";
  }

  public static String unsupported(String what) {
    return MAPPING + "Retort does not support " + what + " yet; mark the attribute @Transient and write that part"
        + " of the schema in a hand-written revision";
  }

  public static String emptyIndex(String table) {
    return MAPPING + "an index or unique constraint of table " + table + " names no column";
  }

  public static String unknownColumn(String what, String table, String column, String known) {
    return MAPPING + what + " of table " + table + " names column " + column
        + ", which the table does not have; its columns are: " + known;
  }

  public static String invalidColumn(String attribute, String problem) {
    return MAPPING + "attribute '" + attribute + "' has an invalid column definition: " + problem
        + "; fix its @Column";
  }

  public static String invalidMapping(String entity, String problem) {
    return MAPPING + "entity " + entity + " has an invalid mapping: " + problem;
  }

  public static String invalidTable(String table, String problem) {
    return MAPPING + "table " + table + " is not valid: " + problem;
  }

  public static String unresolved(String entity) {
    return UNRESOLVED + "entity " + entity + " uses types that never became available during the compile;"
        + " fix the other compile errors first";
  }

  // enums

  public static String ordinalChanged(String enumType, List<String> before, List<String> now) {
    return ENUM + "enum " + enumType + " is stored by ordinal and its constants changed from " + before + " to " + now
        + "; rows already store the old positions, so only appending (or removing the last) constants is safe. Restore the order and"
        + " append new constants at the end, or map it with @Enumerated(EnumType.STRING) in a revision that"
        + " converts the data";
  }

  // snapshot

  public static String snapshotUnreadable(Path file, String problem) {
    return SNAPSHOT + "cannot read the snapshot " + file + " (option retort.snapshot): " + problem
        + "; restore it from version control or delete it to start from an empty schema";
  }

  public static String snapshotVersion(Path file, int found, int supported) {
    return SNAPSHOT + "the snapshot " + file + " has formatVersion " + found + ", but this Retort reads version "
        + supported + "; use the Retort version that wrote it";
  }

  public static String snapshotHeadMissing(Path file, String head) {
    return SNAPSHOT + "the snapshot " + file + " was written for revision " + head
        + ", but no @Revision class has that id; restore that revision class, or restore the snapshot that matches"
        + " the revisions you have";
  }

  // diff findings

  public static String renameSuggestion(String table, String dropped, String added) {
    return RENAME + "column " + table + "." + dropped + " is dropped and " + table + "." + added
        + " of the same type is added; if it was renamed, annotate the attribute with @RenamedFrom(\"" + dropped
        + "\") to keep its data, then delete the generated revision and build again";
  }

  public static String tableRenameSuggestion(String dropped, String added) {
    return RENAME + "table " + dropped + " is dropped and table " + added
        + " with the same columns is created; if it was renamed, annotate the entity with @RenamedFrom(\"" + dropped
        + "\") to keep its data, then delete the generated revision and build again";
  }

  public static String destructive(String what) {
    return DESTRUCTIVE + "the new revision " + what
        + "; review it before applying (suppress with @SuppressWarnings(\"retort:destructive\"))";
  }

  // outcomes

  public static String review(Path revision, Path snapshot) {
    return REVIEW + "wrote " + revision + " and " + snapshot + "; review them, then build again";
  }

  public static String reviewMerge(Path revision, Path snapshot, List<String> heads) {
    return HEADS + "the revisions have " + heads.size() + " heads " + heads
        + " (two branches each added one); wrote the merge revision " + revision + " and " + snapshot
        + "; review them, then build again";
  }

  public static String headsInCheck(List<String> heads) {
    return HEADS + "the revisions have " + heads.size() + " heads " + heads
        + "; build once with retort.mode=generate to write a merge revision";
  }

  public static String checkFailed(Path snapshot, List<String> changes) {
    return CHECK + "the entities differ from the snapshot " + snapshot + " (" + String.join("; ", changes)
        + "); build with retort.mode=generate, review the revision it writes and commit it";
  }

  public static String revisionNotMigration(String type) {
    return REVISION + "revision class " + type + " must be a public, non-abstract class with a public no-argument"
        + " constructor implementing dev.retort.ops.Migration";
  }

  public static String duplicateRevisionId(String id, String first, String second) {
    return REVISION + "revision id " + id + " is used by both " + first + " and " + second + "; ids must be unique";
  }

  public static String invalidRevisionId(String id, String type) {
    return REVISION + "revision id \"" + id + "\" of " + type + " may hold only letters, digits, '_', '.' and '-'";
  }

  public static String unknownParent(String type, String parent) {
    return REVISION + "revision " + type + " names parent " + parent + ", which no @Revision class has";
  }

  public static String writeFailed(Path file, String problem) {
    return IO + "cannot write " + file + ": " + problem;
  }

  public static String internal(String what, String trace) {
    return INTERNAL + "internal error in Retort while processing " + what + "; please report"
        + (trace == null ? " (build with -Aretort.debug=true for details)" : "\n" + trace);
  }
}
