package io.finguard.domain.session;

import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.TokenDigest;
import io.finguard.domain.model.Transition;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A login session as a chain of refresh tokens. Every refresh consumes the current token and names a
 * successor; the consumed token may be presented again only inside the grace window (a concurrent
 * retry, answered with the same successor). Any other reuse revokes the family: it is a theft signal.
 */
public sealed interface RefreshFamily {

    FamilyFacts facts();

    long version();

    default FamilyId id() {
        return facts().id();
    }

    Transition<RefreshFamily> on(FamilyEvent event);

    /** A new family whose first token has the given digest. */
    static Active start(FamilyFacts facts, TokenDigest first, AssuranceLevel acr, Set<AuthMethod> amr, Instant authTime) {
        return new Active(facts, 0, first, Optional.empty(), Optional.empty(), facts.createdAt(), acr, amr, authTime);
    }

    /**
     * Live family. {@code previous} is the token consumed by the last rotation, at {@code rotatedAt};
     * {@code authTime} is when the strongest factor was last proven.
     */
    record Active(FamilyFacts facts, long version, TokenDigest current, Optional<TokenDigest> previous,
                  Optional<Instant> rotatedAt, Instant lastUsedAt, AssuranceLevel acr, Set<AuthMethod> amr,
                  Instant authTime) implements RefreshFamily {
        public Active {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(rotatedAt, "rotatedAt");
            Objects.requireNonNull(lastUsedAt, "lastUsedAt");
            Objects.requireNonNull(acr, "acr");
            Objects.requireNonNull(authTime, "authTime");
            amr = amr.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(amr));
            if (previous.isPresent() != rotatedAt.isPresent()) {
                throw new IllegalArgumentException("previous and rotatedAt go together");
            }
        }

        /** True when the family can no longer be used at {@code now}: idle too long or past its absolute end. */
        public boolean isExpiredAt(Instant now, SessionPolicy policy) {
            return !now.isBefore(facts.absoluteExpiresAt()) || !now.isBefore(lastUsedAt.plus(policy.idleTimeout()));
        }

        @Override
        public Transition<RefreshFamily> on(FamilyEvent event) {
            return switch (event) {
                case FamilyEvent.Rotate e -> rotate(e);
                case FamilyEvent.StepUp e -> {
                    Set<AuthMethod> methods = EnumSet.of(e.method());
                    methods.addAll(amr);
                    yield Transition.moved(new Active(facts, version, current, previous, rotatedAt, lastUsedAt,
                            AssuranceLevel.AAL2, methods, e.at()));
                }
                case FamilyEvent.Revoke e -> Transition.moved(new Revoked(facts, version, e.reason(), e.at()));
            };
        }

        private Transition<RefreshFamily> rotate(FamilyEvent.Rotate e) {
            if (isExpiredAt(e.at(), e.policy())) {
                return Transition.refused(new Revoked(facts, version, RevocationReason.EXPIRED, e.at()), Rejection.SESSION_EXPIRED);
            }
            if (e.presented().equals(current)) {
                return Transition.moved(new Active(facts, version, e.successor(), Optional.of(current), Optional.of(e.at()),
                        e.at(), acr, amr, authTime));
            }
            boolean retryInsideGrace = previous.filter(e.presented()::equals).isPresent()
                    && e.successor().equals(current)
                    && e.at().isBefore(rotatedAt.orElseThrow().plus(e.policy().graceWindow()));
            if (retryInsideGrace) {
                return Transition.stayed(this);
            }
            return Transition.refused(new Revoked(facts, version, RevocationReason.TOKEN_REUSE, e.at()), Rejection.TOKEN_REUSED);
        }
    }

    /** Ended: no token of this family refreshes any more. */
    record Revoked(FamilyFacts facts, long version, RevocationReason reason, Instant revokedAt) implements RefreshFamily {
        public Revoked {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(revokedAt, "revokedAt");
        }

        @Override
        public Transition<RefreshFamily> on(FamilyEvent event) {
            return Transition.rejected(this, Rejection.SESSION_REVOKED);
        }
    }
}
