/** Unit and property tests of the pure schema diff. */
package dev.retort.processor.diff;
