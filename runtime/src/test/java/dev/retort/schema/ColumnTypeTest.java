package dev.retort.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ColumnTypeTest {
  @Test
  void textFormRoundTrips() {
    for (ColumnType t : new ColumnType[] {
      ColumnType.BIGINT, ColumnType.varchar(255), ColumnType.decimal(19, 2), ColumnType.timestampTz(6),
      ColumnType.fixedChar(1), ColumnType.custom("jsonb"), ColumnType.UUID, ColumnType.time(0)
    }) {
      assertEquals(t, ColumnType.parse(t.toString()), t.toString());
    }
    assertEquals("DECIMAL(19,2)", ColumnType.decimal(19, 2).toString());
    assertEquals("CUSTOM(numeric(5, 1))", ColumnType.custom("numeric(5, 1)").toString());
    assertEquals(ColumnType.custom("numeric(5, 1)"), ColumnType.parse("CUSTOM(numeric(5, 1))"));
  }

  @Test
  void rejectsNonsense() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColumnType.parse("VARCHAR(x)"));
    assertEquals("bad arguments in column type: VARCHAR(x)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ColumnType.parse("STRING"));
    assertEquals("unknown column type kind 'STRING' in: STRING", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ColumnType(ColumnType.Kind.BIGINT, 10, 0, 0, null));
  }
}
