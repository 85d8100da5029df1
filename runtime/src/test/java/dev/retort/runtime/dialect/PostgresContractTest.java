package dev.retort.runtime.dialect;

import dev.retort.testing.TestDatabase;

class PostgresContractTest extends DialectContractTest {
  @Override
  TestDatabase.Kind kind() {
    return TestDatabase.Kind.POSTGRESQL;
  }
}
