package dev.retort.runtime.sql;

import java.time.Duration;

/**
 * Where rendered SQL goes: executed on a connection ({@link JdbcSink}) or written to an offline script
 * ({@link ScriptSink}). The migrator hands both the same batches. A sink executes or prints; it never renders.
 */
public interface SqlSink {
  /**
   * Runs or writes one batch.
   *
   * @return how long the work took (zero when only written)
   * @throws StatementFailedException when a statement fails; the batch's transaction has been rolled back
   * @throws StaleStateException when the batch's guard no longer holds; nothing was run
   */
  Duration run(SqlBatch batch) throws StatementFailedException, StaleStateException;
}
