/** The todo service: boots the database with Retort, then does a short workload over plain JDBC. */
package dev.retort.sample.app;
