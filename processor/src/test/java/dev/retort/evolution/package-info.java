/**
 * The randomized evolution suite: random entity models and random evolutions of them, driven by a choice
 * sequence that jqwik shrinks, compiled with the real processor at every step and checked on real databases.
 */
package dev.retort.evolution;
