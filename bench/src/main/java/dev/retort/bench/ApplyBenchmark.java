package dev.retort.bench;

import dev.retort.ops.Op;
import dev.retort.ops.Ops;
import dev.retort.ops.SchemaReplay;
import dev.retort.runtime.Retort;
import dev.retort.runtime.RevisionDescriptor;
import dev.retort.runtime.dialect.Dialect;
import dev.retort.runtime.dialect.Dialects;
import dev.retort.schema.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Applying 1,000 revisions to an empty database, against plain JDBC running the same SQL (rendered beforehand by
 * the same dialect) with one transaction per revision and a version-row update, as a hand-rolled migrator would.
 */
final class ApplyBenchmark {
  private static final int REVISIONS = 1000;

  private final BenchDatabase db;

  ApplyBenchmark(BenchDatabase.Kind kind, Path work) {
    this.db = new BenchDatabase(kind, work);
  }

  Sampler.Comparison run() throws Exception {
    SyntheticRevisions catalog = new SyntheticRevisions(REVISIONS);
    Dialect dialect = Dialects.named(db.kind == BenchDatabase.Kind.SQLITE ? "sqlite" : "postgresql");
    List<List<dev.retort.runtime.dialect.Statement>> plan = new ArrayList<>();
    Schema schema = Schema.EMPTY;
    for (RevisionDescriptor r : catalog.revisions()) {
      List<dev.retort.runtime.dialect.Statement> statements = new ArrayList<>();
      for (Op op : Ops.upgradeOf(r.factory().get())) {
        statements.addAll(dialect.render(op, schema));
        schema = SchemaReplay.apply(schema, op);
      }
      plan.add(statements);
    }
    try (db) {
      return Sampler.compare("apply 1,000 revisions to an empty database, " + name(), 2, 15, 1.15, true,
          new Sampler.Task() {
            @Override
            public void prepare() throws Exception {
              db.fresh();
            }

            @Override
            public void run() {
              Retort.configure().dataSource(db.dataSource()).discover(false).revisions(catalog).load().upgrade("head");
            }
          },
          new Sampler.Task() {
            @Override
            public void prepare() throws Exception {
              db.fresh();
            }

            @Override
            public void run() throws Exception {
              applyByHand(plan, catalog);
            }
          });
    }
  }

  private void applyByHand(List<List<dev.retort.runtime.dialect.Statement>> plan, SyntheticRevisions catalog)
      throws Exception {
    try (Connection c = db.dataSource().getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE version (version_num VARCHAR(64) NOT NULL)");
        s.execute("INSERT INTO version VALUES ('')");
      }
      for (int i = 0; i < plan.size(); i++) {
        List<dev.retort.runtime.dialect.Statement> statements = plan.get(i);
        run(c, statements, dev.retort.runtime.dialect.Statement.Kind.BEFORE_TRANSACTION);
        c.setAutoCommit(false);
        for (dev.retort.runtime.dialect.Statement st : statements) {
          switch (st.kind()) {
            case TRANSACTIONAL, NON_TRANSACTIONAL -> execute(c, st);
            case ASSERT_EMPTY -> {
              try (Statement q = c.createStatement(); ResultSet rs = q.executeQuery(st.sql())) {
                if (rs.next()) {
                  throw new IllegalStateException("check failed: " + st.sql());
                }
              }
            }
            default -> { }
          }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE version SET version_num = ?")) {
          ps.setString(1, catalog.revisions().get(i).id());
          ps.executeUpdate();
        }
        c.commit();
        c.setAutoCommit(true);
        run(c, statements, dev.retort.runtime.dialect.Statement.Kind.AFTER_TRANSACTION);
      }
    }
  }

  private static void run(Connection c, List<dev.retort.runtime.dialect.Statement> statements,
      dev.retort.runtime.dialect.Statement.Kind kind) throws Exception {
    for (dev.retort.runtime.dialect.Statement st : statements) {
      if (st.kind() == kind) {
        execute(c, st);
      }
    }
  }

  private static void execute(Connection c, dev.retort.runtime.dialect.Statement st) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(st.sql())) {
      for (int i = 0; i < st.parameters().size(); i++) {
        ps.setObject(i + 1, st.parameters().get(i));
      }
      ps.execute();
    }
  }

  private String name() {
    return db.kind == BenchDatabase.Kind.SQLITE ? "SQLite" : "PostgreSQL";
  }
}
