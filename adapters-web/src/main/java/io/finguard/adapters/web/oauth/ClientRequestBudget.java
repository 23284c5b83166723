package io.finguard.adapters.web.oauth;

import io.finguard.domain.model.RegisteredClient;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Requests per registered client and minute, counted on this instance (fixed windows). The client set is fixed by
 * configuration, so the map never grows beyond it; a misbehaving resource server cannot starve the database.
 */
final class ClientRequestBudget {
    private record Window(long minute, int used) {
    }

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    ClientRequestBudget(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one request; false when the client has used its minute's budget. */
    boolean take(RegisteredClient client) {
        long minute = clock.millis() / 60_000;
        Window now = windows.compute(client.id(), (id, old) -> old == null || old.minute() != minute
                ? new Window(minute, 1) : new Window(minute, Math.min(old.used() + 1, perMinute + 1)));
        return now.used() <= perMinute;
    }

    /** Seconds until the current window ends. */
    long retryAfterSeconds() {
        return 60 - (clock.millis() / 1000) % 60;
    }
}
