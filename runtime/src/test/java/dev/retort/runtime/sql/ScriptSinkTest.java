package dev.retort.runtime.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.runtime.dialect.Dialects;
import dev.retort.runtime.dialect.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSinkTest {
  @Test
  void writesBatchesWithLiteralsOutsideQuotesAndTransactionsWhereTheyBelong() {
    ScriptSink sink = new ScriptSink(Dialects.named("postgresql"));
    sink.run(new SqlBatch("upgrade revision 0001 (one)", List.of(
        new SqlStep(new Statement("UPDATE \"t?\" SET a = ? WHERE b = '?' AND c = ? -- why?", Arrays.asList("it's", null),
            Statement.Kind.TRANSACTIONAL), "update rows of t?")),
        took -> List.of(new SqlStep(new Statement("INSERT INTO v VALUES (?, ?)", List.of("0001", true),
            Statement.Kind.TRANSACTIONAL), "record")), true, null));
    sink.run(new SqlBatch("upgrade revision 0002", List.of(
        new SqlStep(Statement.of(Statement.Kind.NON_TRANSACTIONAL, "CREATE INDEX CONCURRENTLY i ON t (a)"), "idx")),
        took -> List.of(new SqlStep(Statement.of("DELETE FROM v"), "record")), false, null));
    assertEquals("""
        -- upgrade revision 0001 (one)
        BEGIN;
        UPDATE "t?" SET a = 'it''s' WHERE b = '?' AND c = NULL -- why?
        ;
        INSERT INTO v VALUES ('0001', TRUE);
        COMMIT;

        -- upgrade revision 0002
        CREATE INDEX CONCURRENTLY i ON t (a);
        BEGIN;
        DELETE FROM v;
        COMMIT;
        """, sink.script());
  }
}
