package io.finguard.adapters.persistence;

import io.finguard.domain.port.out.OtpChallenges;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Deletes what has ended: challenges and token families that ended more than {@code retention} ago, and
 * abandoned or converted signups. Each kind in its own short transaction; a scheduler in bootstrap calls
 * {@link #run} periodically (every instance may: the deletes are idempotent).
 */
public final class PurgeJob {
    private final Transactions transactions;
    private final OtpChallenges challenges;
    private final PreUsers preUsers;
    private final Sessions sessions;
    private final Duration retention;

    public PurgeJob(Transactions transactions, OtpChallenges challenges, PreUsers preUsers, Sessions sessions,
                    Duration retention) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.challenges = Objects.requireNonNull(challenges, "challenges");
        this.preUsers = Objects.requireNonNull(preUsers, "preUsers");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative");
        }
    }

    public Purged run(Instant now) {
        Instant cutoff = now.minus(retention);
        int purgedChallenges = transactions.inTransaction(() -> challenges.purgeEndedBefore(cutoff));
        int purgedPreUsers = transactions.inTransaction(() -> preUsers.purgeAbandoned(cutoff));
        int purgedFamilies = transactions.inTransaction(() -> sessions.purgeEndedBefore(cutoff));
        return new Purged(purgedChallenges, purgedPreUsers, purgedFamilies);
    }
}
