package dev.retort.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.retort.ops.AddColumn;
import dev.retort.ops.Op;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionNamesTest {
  private static final LocalDateTime NOW = LocalDateTime.parse("2026-11-22T15:30");
  private static final List<Op> ADD = List.of(new AddColumn("todos", Column.of("deleted_at",
      ColumnType.timestampTz(6))));

  @Test
  void namesFollowTheDesign() {
    assertEquals("add deleted_at to todos", RevisionNames.message(ADD));
    assertEquals("V20261122_1530__add_deleted_at_to_todos",
        RevisionNames.className(NOW, RevisionNames.message(ADD)));
  }

  @Test
  void idsHashParentsAndOperations() {
    String id = RevisionNames.id(NOW, List.of(), ADD);
    assertEquals(id, RevisionNames.id(NOW, List.of(), ADD));
    assertEquals("20261122_1530_", id.substring(0, 14));
    assertEquals(18, id.length());
    assertNotEquals(id, RevisionNames.id(NOW, List.of("x"), ADD));
  }

  @Test
  void slugsAreShortAndSafe() {
    assertEquals("revision", RevisionNames.slug("!!!"));
    assertEquals("add_caf_to_menu", RevisionNames.slug("Add café to menu"));
    assertEquals(60, RevisionNames.slug("x".repeat(100)).length());
  }

  @Test
  void chainHashDependsOnTheWholeChain() {
    String a = RevisionNames.chainHash(null, "r1");
    assertEquals(16, a.length());
    assertNotEquals(RevisionNames.chainHash(a, "r2"), RevisionNames.chainHash(null, "r2"));
  }
}
