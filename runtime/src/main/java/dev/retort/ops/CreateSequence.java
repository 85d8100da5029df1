package dev.retort.ops;

import dev.retort.schema.Sequence;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateSequence(this);
  }

  @Override
  public Op reverse() {
    return new DropSequence(sequence);
  }
}
