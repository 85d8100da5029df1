package dev.retort.runtime;

import dev.retort.ops.Op;
import java.util.List;

/**
 * A revision with the operations its class recorded, both ways, and their checksum.
 *
 * @param descriptor the revision's id, parents and message
 * @param upgrade the operations {@code upgrade(Ops)} recorded
 * @param downgrade the operations {@code downgrade(Ops)} recorded
 * @param checksum {@link Checksums#of} of both lists
 */
public record RecordedRevision(RevisionDescriptor descriptor, List<Op> upgrade, List<Op> downgrade, String checksum) {
  public RecordedRevision {
    upgrade = List.copyOf(upgrade);
    downgrade = List.copyOf(downgrade);
  }

  public String id() {
    return descriptor.id();
  }

  /** The operations of one direction. */
  public List<Op> ops(Direction direction) {
    return direction == Direction.DOWN ? downgrade : upgrade;
  }
}
