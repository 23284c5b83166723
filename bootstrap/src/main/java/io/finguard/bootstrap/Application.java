package io.finguard.bootstrap;

import io.finguard.bootstrap.config.DatabaseSettings;
import io.finguard.bootstrap.config.FinGuardConfig;

/** What the CLI asks of the composition root; the CLI itself only reads configuration and manages the lifetime. */
public interface Application {

    /** Wires everything the configuration describes and returns once the API accepts requests. */
    RunningService start(FinGuardConfig config);

    /** Brings the database schema up to date (Flyway) and returns. */
    void migrate(DatabaseSettings database);
}
