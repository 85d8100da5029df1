package dev.retort.testsupport;

import java.sql.Types;
import org.hibernate.community.dialect.SQLiteDialect;

/**
 * Hibernate's SQLite dialect, with integer widths treated as equivalent during schema validation.
 *
 * <p>SQLite stores every integer in one 64-bit storage class, and an auto-generated key must be declared exactly
 * {@code INTEGER PRIMARY KEY} (the rowid alias), which is what Hibernate's own SQLite DDL writes for a
 * {@code Long} identity too; its validator then expects {@code BIGINT} and would reject the schema it creates
 * itself. Nothing else is relaxed.
 */
public class SqliteValidationDialect extends SQLiteDialect {
  @Override
  public boolean equivalentTypes(int typeCode1, int typeCode2) {
    return super.equivalentTypes(typeCode1, typeCode2) || (integral(typeCode1) && integral(typeCode2));
  }

  private static boolean integral(int typeCode) {
    return typeCode == Types.TINYINT || typeCode == Types.SMALLINT || typeCode == Types.INTEGER
        || typeCode == Types.BIGINT;
  }
}
