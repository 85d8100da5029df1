package dev.retort.evolution;

import dev.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate ORM as the independent oracle: it validates the entities of a model against the migrated database
 * ({@code hibernate.hbm2ddl.auto=validate}), with the naming strategy the model's processor option stands for.
 */
final class HibernateCheck {
  private HibernateCheck() {}

  static void validate(TestDatabase db, ClassLoader loader, ModelSpec model, Supplier<String> context) {
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
    StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder(bootstrap)
        .applySetting("hibernate.connection.datasource", db.dataSource())
        .applySetting("hibernate.hbm2ddl.auto", "validate")
        .applySetting("hibernate.boot.allow_jdbc_metadata_access", "true");
    if (db.kind() == TestDatabase.Kind.SQLITE) {
      settings.applySetting("hibernate.dialect", SqliteValidationDialect.class.getName());
    } else {
      settings.applySetting("hibernate.default_schema", db.schema());
    }
    if (model.naming().equals("snake")) {
      settings.applySetting("hibernate.physical_naming_strategy",
          "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
    }
    StandardServiceRegistry registry = settings.build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      List<String> classes = new ArrayList<>();
      for (EntitySpec e : model.entities()) {
        classes.add(EntityWriter.PACKAGE + "." + e.className());
      }
      classes.add(EntityWriter.PACKAGE + ".Address");
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
