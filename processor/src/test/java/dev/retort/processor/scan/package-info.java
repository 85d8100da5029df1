/** Unit tests of the naming strategies. */
package dev.retort.processor.scan;
