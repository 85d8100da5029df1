/** The JPA entities the processor reads; their committed snapshot is {@code src/main/retort/snapshot.json}. */
package dev.retort.sample.model;
