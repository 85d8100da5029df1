/**
 * The Retort annotation processor: reads {@code jakarta.persistence} entities, compares them with the committed
 * snapshot, writes a revision class and the new snapshot, and generates the revision index. Not API: only the
 * processor options and the generated code are contracts.
 */
package dev.retort.processor;
