package dev.retort.runtime;

import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import java.util.ArrayList;
import java.util.List;

/**
 * 200 revisions in a chain, each creating a table and inserting one canary row: the fixture of the
 * multi-process tests, found through a service file as a generated index would be.
 */
public final class ManyRevisionsCatalog implements RevisionCatalog {
  static final int COUNT = 200;

  static String id(int i) {
    return String.format("r%03d", i);
  }

  @Override
  public List<RevisionDescriptor> revisions() {
    List<RevisionDescriptor> out = new ArrayList<>();
    for (int i = 1; i <= COUNT; i++) {
      int n = i;
      List<String> parents = i == 1 ? List.of() : List.of(id(i - 1));
      out.add(new RevisionDescriptor(id(i), parents, "table " + n, () -> new Migration() {
        @Override
        public void upgrade(Ops ops) {
          if (n == 1) {
            ops.execute("CREATE TABLE canary (rev VARCHAR(20) NOT NULL)");
          }
          ops.execute("CREATE TABLE " + String.format("t%03d", n) + " (id INTEGER)");
          ops.insertRows("canary", List.of("rev"), List.of(Ops.row(id(n))));
        }

        @Override
        public void downgrade(Ops ops) {
          ops.execute("DROP TABLE " + String.format("t%03d", n));
          ops.execute("DELETE FROM canary WHERE rev = '" + id(n) + "'");
        }
      }));
    }
    return out;
  }
}
