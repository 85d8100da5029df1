package dev.retort.runtime;

class SqliteMigratorTest extends MigratorContractTest {
  @Override
  String kind() {
    return "sqlite";
  }
}
