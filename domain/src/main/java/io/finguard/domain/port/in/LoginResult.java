package io.finguard.domain.port.in;

import io.finguard.domain.model.Tier;
import io.finguard.domain.policy.LoginDenial;
import io.finguard.domain.policy.StepUpReason;
import io.finguard.domain.token.IssuedToken;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** L6, the login result contract: {authState, accountTier, nextStep, tokens?}. */
public sealed interface LoginResult {

    /** Tokens issued. */
    record Authenticated(Tier tier, SessionTokens tokens) implements LoginResult {
        public Authenticated {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(tokens, "tokens");
        }
    }

    /**
     * A PIN or password is needed; the ticket is good for POST /v1/auth/step-up. When the number may have been
     * reassigned, {@code releaseTicket} lets the holder say "this is not my account" (POST /v1/auth/release-number).
     */
    record StepUpRequired(Tier tier, IssuedToken ticket, Set<StepUpReason> reasons, Optional<IssuedToken> releaseTicket)
            implements LoginResult {
        public StepUpRequired {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(releaseTicket, "releaseTicket");
            reasons = Set.copyOf(reasons);
        }

        /** A step-up that any second factor finishes, and no release offered. */
        public StepUpRequired(Tier tier, IssuedToken ticket, Set<StepUpReason> reasons) {
            this(tier, ticket, reasons, Optional.empty());
        }

        /** True when only the password finishes this step-up. */
        public boolean passwordOnly() {
            return reasons.stream().anyMatch(StepUpReason::passwordOnly);
        }
    }

    /** No finished signup: the ticket continues signup at {@code signup.nextStep()}. */
    record OnboardingRequired(IssuedToken ticket, SignupView signup) implements LoginResult {
        public OnboardingRequired {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(signup, "signup");
        }
    }

    /** Refused, for {@code reason}, and nothing more. */
    record Denied(LoginDenial reason) implements LoginResult {
        public Denied {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
