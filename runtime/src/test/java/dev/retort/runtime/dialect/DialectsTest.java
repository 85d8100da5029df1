package dev.retort.runtime.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialectsTest {
  @Test
  void choosesByUrl() {
    assertInstanceOf(SqliteDialect.class, Dialects.forUrl("jdbc:sqlite:/tmp/x.db"));
    assertInstanceOf(PostgresDialect.class, Dialects.forUrl("jdbc:postgresql://localhost/db"));
  }

  @Test
  void choosesByProductName() {
    assertEquals("sqlite", Dialects.forProduct("SQLite", "3.46.1").name());
    assertEquals("postgresql", Dialects.forProduct("PostgreSQL", "15.2").name());
  }

  @Test
  void choosesByName() {
    assertEquals("postgresql", Dialects.named("postgresql").name());
    assertEquals(List.of("sqlite", "postgresql"), Dialects.names());
  }

  @Test
  void refusesUnknownUrlNamingItAndTheSupportedOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Dialects.forUrl("jdbc:h2:mem:test;PASSWORD=secret"));
    assertEquals("Retort does not support the database at jdbc:h2:mem:test;PASSWORD=***; supported:"
        + " SQLite (jdbc:sqlite:...), PostgreSQL (jdbc:postgresql:...)", e.getMessage());
  }

  @Test
  void refusesUnknownProduct() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Dialects.forProduct("MariaDB", "11.4"));
    assertEquals("Retort does not support MariaDB 11.4; supported: SQLite (jdbc:sqlite:...),"
        + " PostgreSQL (jdbc:postgresql:...)", e.getMessage());
  }

  @Test
  void refusesUnknownName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dialects.named("h2"));
    assertEquals("no dialect named 'h2'; supported: sqlite, postgresql", e.getMessage());
  }

  @Test
  void choosesFromLiveDatabases() throws Exception {
    try (TestDatabase db = TestDatabases.sqlite()) {
      assertEquals("sqlite", Dialects.forDataSource(db.dataSource()).name());
    }
    try (TestDatabase db = TestDatabases.postgres()) {
      assertEquals("postgresql", Dialects.forDataSource(db.dataSource()).name());
    }
  }
}
