package io.finguard.domain.otp;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time-code challenge: PENDING until verified (single use), expired, exhausted by wrong
 * attempts, or superseded by a resend. Only {@link Pending} accepts events; every other state is
 * terminal and refuses with its own reason.
 */
public sealed interface OtpChallenge {

    ChallengeFacts facts();

    /** Wrong codes presented so far. */
    int attempts();

    /** Optimistic-lock version, kept by the store. */
    long version();

    default ChallengeId id() {
        return facts().id();
    }

    /** Offers an event; a pending challenge past its lifetime expires (to be saved) before the event is considered. */
    Transition<OtpChallenge> on(OtpEvent event);

    /** A fresh challenge with no attempts. */
    static Pending issue(ChallengeFacts facts) {
        return new Pending(facts, 0, 0);
    }

    /** Waiting for the right code. */
    record Pending(ChallengeFacts facts, int attempts, long version) implements OtpChallenge {
        public Pending {
            Objects.requireNonNull(facts, "facts");
            if (attempts < 0 || attempts >= facts.maxAttempts()) {
                throw new IllegalArgumentException("a pending challenge has 0..maxAttempts-1 attempts");
            }
        }

        public int attemptsLeft() {
            return facts.maxAttempts() - attempts;
        }

        @Override
        public Transition<OtpChallenge> on(OtpEvent event) {
            if (facts.isExpiredAt(event.at())) {
                Expired expired = new Expired(facts, attempts, version, facts.expiresAt());
                return switch (event) {
                    case OtpEvent.Verify v -> Transition.refused(expired, Rejection.OTP_EXPIRED);
                    case OtpEvent.Supersede s -> Transition.moved(expired);
                    case OtpEvent.Tick t -> Transition.moved(expired);
                };
            }
            return switch (event) {
                case OtpEvent.Verify v when v.matches() -> Transition.moved(new Verified(facts, attempts, version, v.at()));
                case OtpEvent.Verify v -> attempts + 1 >= facts.maxAttempts()
                        ? Transition.moved(new Exhausted(facts, attempts + 1, version))
                        : Transition.moved(new Pending(facts, attempts + 1, version));
                case OtpEvent.Supersede s -> Transition.moved(new Superseded(facts, attempts, version, s.at()));
                case OtpEvent.Tick t -> Transition.stayed(this);
            };
        }
    }

    /** The right code was presented in time; it can never be used again. */
    record Verified(ChallengeFacts facts, int attempts, long version, Instant verifiedAt) implements OtpChallenge {
        public Verified {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(verifiedAt, "verifiedAt");
        }

        @Override
        public Transition<OtpChallenge> on(OtpEvent event) {
            return Transition.rejected(this, Rejection.OTP_ALREADY_USED);
        }
    }

    /** The lifetime ended before the right code came. */
    record Expired(ChallengeFacts facts, int attempts, long version, Instant expiredAt) implements OtpChallenge {
        public Expired {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(expiredAt, "expiredAt");
        }

        @Override
        public Transition<OtpChallenge> on(OtpEvent event) {
            return Transition.rejected(this, Rejection.OTP_EXPIRED);
        }
    }

    /** Too many wrong codes: even the right one is refused now. */
    record Exhausted(ChallengeFacts facts, int attempts, long version) implements OtpChallenge {
        public Exhausted {
            Objects.requireNonNull(facts, "facts");
        }

        @Override
        public Transition<OtpChallenge> on(OtpEvent event) {
            return Transition.rejected(this, Rejection.OTP_EXHAUSTED);
        }
    }

    /** A resend replaced this challenge; its code stopped working. */
    record Superseded(ChallengeFacts facts, int attempts, long version, Instant supersededAt) implements OtpChallenge {
        public Superseded {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(supersededAt, "supersededAt");
        }

        @Override
        public Transition<OtpChallenge> on(OtpEvent event) {
            return Transition.rejected(this, Rejection.OTP_SUPERSEDED);
        }
    }
}
