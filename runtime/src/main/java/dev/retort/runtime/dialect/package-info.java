/**
 * Dialects render operations to SQL for one database each; they never execute anything. {@code Dialects}
 * chooses one from an explicit list.
 */
package dev.retort.runtime.dialect;
