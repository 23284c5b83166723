package io.finguard.bootstrap;

import io.finguard.bootstrap.config.DatabaseSettings;
import io.finguard.bootstrap.config.FinGuardConfig;
import io.finguard.bootstrap.config.MigrationSettings;
import io.finguard.domain.port.out.ClientRegistry;
import java.util.function.Function;

/** What the CLI asks of the composition root; the CLI itself only reads configuration and manages the lifetime. */
public interface Application {

    /** Wires everything the configuration describes and returns once the API accepts requests. */
    RunningService start(FinGuardConfig config);

    /** Brings the database schema up to date (Flyway; the phone keys seal numbers an older schema held) and returns. */
    void migrate(MigrationSettings migration);

    /** Runs {@code work} against the clients registered in the database ({@code finguard clients}), then disconnects. */
    <T> T withClientRegistry(DatabaseSettings database, Function<ClientRegistry, T> work);
}
