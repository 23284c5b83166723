package io.finguard.domain.policy;

import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.user.User;
import java.util.Objects;
import java.util.Set;

/** The login decision of L1-L4 (flows.md); L5 issues tokens for the two variants that carry a user. */
public sealed interface LoginDecision {

    /** L2/L3 said no; {@code reason} says no more than needed. */
    record Denied(LoginDenial reason) implements LoginDecision {
        public Denied {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** No finished signup for this phone: start one, or resume {@code existing} where it stopped. */
    record OnboardingRequired(java.util.Optional<PreUser> existing) implements LoginDecision {
        public OnboardingRequired {
            Objects.requireNonNull(existing, "existing");
        }
    }

    /** A PIN or password is needed before tokens are issued (only the password when a reason says so). */
    record StepUpRequired(User user, Tier tier, Set<StepUpReason> reasons) implements LoginDecision {
        public StepUpRequired {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(tier, "tier");
            reasons = Set.copyOf(reasons);
        }

        /** True when a PIN will be refused. */
        public boolean passwordOnly() {
            return reasons.stream().anyMatch(StepUpReason::passwordOnly);
        }

        /** True when the number may have a new owner, who may say this account is not theirs. */
        public boolean releasable() {
            return reasons.contains(StepUpReason.NUMBER_MAY_BE_RECYCLED);
        }
    }

    /** Phone possession suffices: issue tokens with these scopes. */
    record Authenticated(User user, Tier tier, Set<Scope> scopes) implements LoginDecision {
        public Authenticated {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(tier, "tier");
            scopes = Set.copyOf(scopes);
        }
    }
}
