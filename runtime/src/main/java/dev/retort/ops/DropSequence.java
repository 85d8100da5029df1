package dev.retort.ops;

import dev.retort.schema.Sequence;

/** Drops a sequence. */
public record DropSequence(Sequence sequence) implements Op {
  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropSequence(this);
  }

  @Override
  public Op reverse() {
    return new CreateSequence(sequence);
  }
}
