package com.example.db;

import dev.retort.annotations.Revision;

@Revision(id = "r1", message = "not a migration")
public final class NotAMigration {
}
