/**
 * Writes what the processor decided: revision sources, the snapshot and the revision index. Never decides. Not API.
 */
package dev.retort.processor.write;
