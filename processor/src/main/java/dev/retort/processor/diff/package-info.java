/**
 * Compares two schemas and decides the operations between them. Pure: no elements, no files. Not API.
 */
package dev.retort.processor.diff;
