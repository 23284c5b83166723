package io.finguard.bootstrap.config;

import java.util.Objects;

/** What {@code finguard migrate} needs: the database, and the phone keys a migration seals stored numbers with. */
public record MigrationSettings(DatabaseSettings database, PhoneKeys phoneKeys) {
    public MigrationSettings {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(phoneKeys, "phoneKeys");
    }
}
