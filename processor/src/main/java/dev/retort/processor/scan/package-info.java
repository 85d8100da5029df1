/**
 * Reads entities into the schema model: JPA mapping rules with Hibernate ORM's defaults, the naming strategy and
 * the Java-type-to-column-type table. Reads elements and reports problems; decides nothing about migrations.
 * Not API.
 */
package dev.retort.processor.scan;
