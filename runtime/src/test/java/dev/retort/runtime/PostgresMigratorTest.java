package dev.retort.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.testing.SimpleDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresMigratorTest extends MigratorContractTest {
  @Override
  String kind() {
    return "postgresql";
  }

  /**
   * The statement that records a revision is prepared for the run and executed with literal values (EXECUTE takes
   * no bind parameters): they read the same with the legacy {@code standard_conforming_strings = off}.
   */
  @Test
  void aMessageHardToQuoteIsRecordedExactlyWithLegacyStringEscapes() throws Exception {
    SimpleDataSource legacy = ((SimpleDataSource) db.dataSource)
        .withUrlParameter("options=-c%20standard_conforming_strings%3Doff");
    List<Class<?>> revisions = new ArrayList<>(LINEAR);
    revisions.add(TestRevisions.V4HostileMessage.class);
    Retort r = Retort.configure().dataSource(legacy).discover(false).revisions(revisions.toArray(new Class<?>[0]))
        .load();
    r.upgrade("head");
    try (Connection c = legacy.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SHOW standard_conforming_strings")) {
      rs.next();
      assertEquals("off", rs.getString(1));
    }
    assertEquals(TestRevisions.HOSTILE_MESSAGE, r.history().entries().get(3).message());
  }
}
