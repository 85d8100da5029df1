package tamperfixture;

import dev.retort.annotations.Revision;
import dev.retort.ops.Migration;
import dev.retort.ops.Ops;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

@Revision(id = "s001", message = "create items, with constants javac folds")
public final class V1CreateItems implements Migration {
  static final long BIG = 1L << 40;
  static final double FOLDED = 0.1 + 0.2;
  static final String NAME = "it" + "ems";

  static Table items() {
    return Table.named(NAME)
        .column(Column.of("id", ColumnType.BIGINT).notNull())
        .column(Column.of("label", ColumnType.varchar(40)).notNull().defaultValue("'名前 ü'"))
        .column(Column.of("price", ColumnType.decimal(10, 2)))
        .column(Column.of("ratio", ColumnType.DOUBLE))
        .primaryKey("id")
        .index(Index.of("ix_items_label", "label"))
        .build();
  }

  @Override
  public void upgrade(Ops ops) {
    ops.createTable(items());
    ops.insertRows(NAME, List.of("id", "label", "price", "ratio"),
        IntStream.rangeClosed(1, 3)
            .mapToObj(i -> Ops.row(BIG + i, "n\u00e9" + (char) ('a' + i), new BigDecimal("1.10"), FOLDED * i))
            .toList());
  }

  @Override
  public void downgrade(Ops ops) {
    ops.dropTable(items());
  }
}
