package io.finguard.adapters.persistence.revocation;

import java.time.Duration;
import java.util.Objects;

/**
 * How the revocation channel listens: announcements are kept for {@code keepFor} (one access-token lifetime), at most
 * {@code capacity} of them; the listening connection is proven alive every {@code heartbeat}, and an instance whose
 * last proof is older than {@code staleAfter} is unsure (asks the database); after a lost connection it waits
 * {@code reconnectDelay} before listening again, then reads what it missed from the sessions table, looking back
 * {@code clockSkew} further to cover instances whose clocks run behind.
 */
public record RevocationChannelConfig(Duration keepFor, int capacity, Duration heartbeat, Duration staleAfter,
                                      Duration reconnectDelay, Duration clockSkew) {
    public RevocationChannelConfig {
        Objects.requireNonNull(keepFor, "keepFor");
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(staleAfter, "staleAfter");
        Objects.requireNonNull(reconnectDelay, "reconnectDelay");
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (capacity < 1 || keepFor.isNegative() || keepFor.isZero() || heartbeat.toMillis() < 10
                || staleAfter.compareTo(heartbeat.multipliedBy(2)) < 0 || reconnectDelay.isNegative() || clockSkew.isNegative()) {
            throw new IllegalArgumentException("capacity >= 1, keepFor > 0, heartbeat >= 10 ms, staleAfter >= 2 heartbeats");
        }
    }

    /**
     * Announcements kept for {@code keepFor}, up to 100,000 of them; a heartbeat every 200 ms, unsure after 1 s
     * without one (the revocation promise: every instance within a second), reconnect after 500 ms, 30 s of skew.
     */
    public static RevocationChannelConfig defaults(Duration keepFor) {
        return new RevocationChannelConfig(keepFor, 100_000, Duration.ofMillis(200), Duration.ofSeconds(1),
                Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    public RevocationChannelConfig withCapacity(int newCapacity) {
        return new RevocationChannelConfig(keepFor, newCapacity, heartbeat, staleAfter, reconnectDelay, clockSkew);
    }

    public RevocationChannelConfig withReconnectDelay(Duration delay) {
        return new RevocationChannelConfig(keepFor, capacity, heartbeat, staleAfter, delay, clockSkew);
    }
}
