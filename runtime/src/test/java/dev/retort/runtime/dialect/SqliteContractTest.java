package dev.retort.runtime.dialect;

import dev.retort.testing.TestDatabase;

class SqliteContractTest extends DialectContractTest {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.SQLITE;
  }
}
