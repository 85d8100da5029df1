/**
 * Test support shared by the evolution suite and the Hibernate validation test, not API: a user's project
 * compiled by the real javac with the processor, the revision index it generates, and Hibernate ORM's schema
 * validation as the independent oracle.
 */
package dev.retort.testsupport;
