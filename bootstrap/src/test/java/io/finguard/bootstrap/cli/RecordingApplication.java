package io.finguard.bootstrap.cli;

import io.finguard.bootstrap.Application;
import io.finguard.bootstrap.RunningService;
import io.finguard.bootstrap.config.DatabaseSettings;
import io.finguard.bootstrap.config.MigrationSettings;
import io.finguard.bootstrap.config.FinGuardConfig;
import java.util.ArrayList;
import java.util.List;
import io.finguard.domain.model.RegisteredClient;
import io.finguard.domain.port.out.ClientRegistry;
import io.finguard.domain.port.out.DuplicateException;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;

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

    /** The database's clients, in memory. */
    final List<RegisteredClient> clients = new ArrayList<>();

    @Override
    public <T> T withClientRegistry(DatabaseSettings database, Function<ClientRegistry, T> work) {
        calls.add("clients");
        return work.apply(new ClientRegistry() {
            @Override
            public List<RegisteredClient> all() {
                return clients.stream().sorted(Comparator.comparing(RegisteredClient::id)).toList();
            }

            @Override
            public void add(RegisteredClient client) {
                if (clients.stream().anyMatch(c -> c.id().equals(client.id()))) {
                    throw new DuplicateException("client", "id");
                }
                clients.add(client);
            }

            @Override
            public boolean remove(String id) {
                return clients.removeIf(c -> c.id().equals(id));
            }
        });
    }

    @Override
    public void migrate(MigrationSettings migration) {
        calls.add("migrate");
        migrated = migration.database();
    }
}
