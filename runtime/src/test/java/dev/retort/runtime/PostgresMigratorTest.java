package dev.retort.runtime;

class PostgresMigratorTest extends MigratorContractTest {
  @Override
  String kind() {
    return "postgresql";
  }
}
