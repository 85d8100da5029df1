package dev.retort.testsupport;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's implicit naming, which {@code retort.naming=snake} stands for together with
 * {@code CamelCaseToUnderscoresNamingStrategy}: join tables are named {@code <owner table>_<attribute>}.
 */
public final class SpringImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {
  private static final long serialVersionUID = 1L;

  @Override
  public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
    return toIdentifier(source.getOwningPhysicalTableName() + "_"
        + source.getAssociationOwningAttributePath().getProperty(), source.getBuildingContext());
  }
}
