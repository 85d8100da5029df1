package dev.retort.testsupport;

import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate ORM as the independent oracle: it validates compiled entity classes against a migrated database
 * ({@code hibernate.hbm2ddl.auto=validate}), with the naming strategies the processor's {@code retort.naming}
 * option stands for.
 *
 * <pre>{@code
 * HibernateCheck.validate(db, loader, "snake", List.of("com.example.Todo"), () -> "after upgrade");
 * }</pre>
 */
public final class HibernateCheck {
  private HibernateCheck() {}

  /**
   * Validates {@code classes} (entities and embeddables, loaded from {@code loader}) against {@code db}; a
   * mismatch fails with Hibernate's message after {@code context}.
   */
  public static void validate(TestDatabase db, ClassLoader loader, String naming, List<String> classes,
      Supplier<String> context) {
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
    StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder(bootstrap)
        .applySetting("hibernate.connection.datasource", db.dataSource())
        .applySetting("hibernate.hbm2ddl.auto", "validate")
        .applySetting("hibernate.boot.allow_jdbc_metadata_access", "true")
        // indexes and unique constraints the entities name must exist, on the same columns (names Hibernate
        // makes up for unnamed ones are its own; Retort's are documented and deterministic)
        .applySetting("hibernate.tooling.schema.index_validation", "NAMED")
        .applySetting("hibernate.tooling.schema.unique_key_validation", "NAMED")
        // Byte[] and Character[] as binary and character columns, as Retort maps them (README: known limits)
        .applySetting("hibernate.type.wrapper_array_handling", "legacy");
    if (db.kind() == TestDatabase.Kind.SQLITE) {
      settings.applySetting("hibernate.dialect", SqliteValidationDialect.class.getName());
    } else {
      settings.applySetting("hibernate.default_schema", db.schema());
    }
    if (naming.equals("snake")) {
      settings.applySetting("hibernate.physical_naming_strategy",
          "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
      settings.applySetting("hibernate.implicit_naming_strategy", SpringImplicitNaming.class.getName());
    }
    StandardServiceRegistry registry = settings.build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      for (String name : classes) {
        sources.addAnnotatedClass(Class.forName(name, true, loader));
      }
      try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
        factory.getMetamodel();
      }
    } catch (ClassNotFoundException e) {
      throw new AssertionError(context.get() + "\nentity class missing: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new AssertionError(context.get() + "\n" + e.getMessage(), e);
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
