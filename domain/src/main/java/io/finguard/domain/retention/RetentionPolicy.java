package io.finguard.domain.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long each kind of ended record is kept before it is purged: long enough to answer a late client, a support
 * question or (payment authorisations) a dispute, short enough that what has ended does not pile up. Every kind has a
 * period of at least a day.
 */
public record RetentionPolicy(Map<EndedKind, Duration> periods) {
    /** The shortest period: a record that just ended may still be read (an "already used" answer, a retried call). */
    public static final Duration MINIMUM = Duration.ofDays(1);

    public RetentionPolicy {
        Objects.requireNonNull(periods, "periods");
        EnumMap<EndedKind, Duration> copy = new EnumMap<>(EndedKind.class);
        for (EndedKind kind : EndedKind.values()) {
            Duration period = Objects.requireNonNull(periods.get(kind), () -> "no retention period for " + kind);
            if (period.compareTo(MINIMUM) < 0) {
                throw new IllegalArgumentException("the retention of " + kind + " must be at least a day");
            }
            copy.put(kind, period);
        }
        periods = Map.copyOf(copy);
    }

    /**
     * Codes, signups and sessions a week (as before the periods were configurable), changes of number a month,
     * recoveries a quarter (support may be asked about them), passkey challenges a day. Delivered events a week (a
     * subscriber that asks "was this sent?" asks within days; the audit log keeps the change itself), dead events a
     * quarter (time to notice and redeliver them after an outage). Payment authorisations 400 days: they prove how a
     * payment was strongly authenticated, and a payer may dispute an unauthorised payment for 13 months after it
     * (PSD2 Art. 71).
     */
    public static RetentionPolicy defaults() {
        return new RetentionPolicy(Map.of(
                EndedKind.OTP_CHALLENGES, Duration.ofDays(7),
                EndedKind.SIGNUPS, Duration.ofDays(7),
                EndedKind.SESSIONS, Duration.ofDays(7),
                EndedKind.PHONE_CHANGES, Duration.ofDays(30),
                EndedKind.RECOVERIES, Duration.ofDays(90),
                EndedKind.PASSKEY_CHALLENGES, Duration.ofDays(1),
                EndedKind.DELIVERED_EVENTS, Duration.ofDays(7),
                EndedKind.DEAD_EVENTS, Duration.ofDays(90),
                EndedKind.PAYMENT_AUTHORIZATIONS, Duration.ofDays(400)));
    }

    /** The same periods but {@code kind}'s. */
    public RetentionPolicy with(EndedKind kind, Duration period) {
        EnumMap<EndedKind, Duration> next = new EnumMap<>(periods);
        next.put(kind, period);
        return new RetentionPolicy(next);
    }

    public Duration periodOf(EndedKind kind) {
        return periods.get(kind);
    }

    /** Records of {@code kind} that ended before this instant may be purged at {@code now}. */
    public Instant cutoff(EndedKind kind, Instant now) {
        return now.minus(periodOf(kind));
    }
}
