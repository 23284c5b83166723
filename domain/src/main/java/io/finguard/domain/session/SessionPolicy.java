package io.finguard.domain.session;

import java.time.Duration;
import java.util.Objects;

/** Lifetimes of a session: access token, reuse grace window, idle and absolute refresh expiry. */
public record SessionPolicy(Duration accessTokenTtl, Duration graceWindow, Duration idleTimeout, Duration absoluteLifetime) {
    public SessionPolicy {
        Objects.requireNonNull(accessTokenTtl, "accessTokenTtl");
        Objects.requireNonNull(graceWindow, "graceWindow");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(absoluteLifetime, "absoluteLifetime");
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero() || graceWindow.isNegative()
                || idleTimeout.isNegative() || idleTimeout.isZero() || absoluteLifetime.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("session lifetimes must be positive and absolute >= idle");
        }
    }

    /** security.md: 10 min access, 10 s grace, 14 days idle, 30 days absolute. */
    public static SessionPolicy defaults() {
        return new SessionPolicy(Duration.ofMinutes(10), Duration.ofSeconds(10), Duration.ofDays(14), Duration.ofDays(30));
    }
}
