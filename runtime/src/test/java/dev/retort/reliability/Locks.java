package dev.retort.reliability;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;

/** Retort's PostgreSQL advisory lock as the runtime documents it, seen from pg_locks. */
final class Locks {
  private Locks() {}

  /** The key: the first eight bytes of SHA-256 over a constant, the schema and the version table. */
  static long key(String schema) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(("dev.retort.migration-lock\0" + schema
        + "\0retort_version").getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(digest).getLong();
  }

  /** How many sessions hold or wait for Retort's lock on this schema. */
  static long held(DataSource ds, String schema) throws Exception {
    long key = key(schema);
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_locks"
        + " WHERE locktype = 'advisory' AND classid::bigint = ? AND objid::bigint = ? AND objsubid = 1")) {
      ps.setLong(1, key >>> 32);
      ps.setLong(2, key & 0xFFFFFFFFL);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Waits up to five seconds for the server to notice killed clients and drop their locks; returns the count. */
  static long heldAfterSettling(DataSource ds, String schema) throws Exception {
    long held = held(ds, schema);
    for (int i = 0; i < 100 && held > 0; i++) {
      Thread.sleep(50);
      held = held(ds, schema);
    }
    return held;
  }

  /** The backend pid holding Retort's lock, or -1. */
  static int holderPid(DataSource ds, String schema) throws Exception {
    long key = key(schema);
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT pid FROM pg_locks"
        + " WHERE locktype = 'advisory' AND granted AND classid::bigint = ? AND objid::bigint = ?"
        + " AND objsubid = 1")) {
      ps.setLong(1, key >>> 32);
      ps.setLong(2, key & 0xFFFFFFFFL);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : -1;
      }
    }
  }
}
