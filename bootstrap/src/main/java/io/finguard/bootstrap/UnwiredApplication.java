package io.finguard.bootstrap;

import io.finguard.bootstrap.config.DatabaseSettings;
import io.finguard.bootstrap.config.FinGuardConfig;

/**
 * Stands where the composition root will stand until it is written: parsing, --help, --version and configuration
 * checks already work; starting or migrating says plainly that the wiring is missing.
 */
final class UnwiredApplication implements Application {

    @Override
    public RunningService start(FinGuardConfig config) {
        throw new UnsupportedOperationException("the composition root is not wired yet");
    }

    @Override
    public void migrate(DatabaseSettings database) {
        throw new UnsupportedOperationException("the composition root is not wired yet");
    }
}
