package io.finguard.bootstrap.cli;

import io.finguard.bootstrap.Application;
import io.finguard.bootstrap.RunningService;
import io.finguard.bootstrap.config.DatabaseSettings;
import io.finguard.bootstrap.config.FinGuardConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Stands in for the composition root: records what the CLI asked of it, in order. */
final class RecordingApplication implements Application {
    final List<String> calls = new ArrayList<>();
    FinGuardConfig started;
    DatabaseSettings migrated;
    /** Runs inside start, while embedded servers are up; may throw to simulate a failed start. */
    Consumer<FinGuardConfig> onStart = config -> { };

    @Override
    public RunningService start(FinGuardConfig config) {
        calls.add("start");
        started = config;
        onStart.accept(config);
        return () -> calls.add("close");
    }

    @Override
    public void migrate(DatabaseSettings database) {
        calls.add("migrate");
        migrated = database;
    }
}
