/**
 * The sample's schema revisions: written by the Retort processor from the entities, reviewed, and committed (the
 * soft-delete revision carries a hand-written backfill). Applied in order at boot.
 */
package dev.retort.sample.revisions;
