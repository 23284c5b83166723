package io.finguard.domain.policy;

import io.finguard.domain.account.Account;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import io.finguard.domain.signup.PreUserStatus;
import io.finguard.domain.user.User;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * L1-L4 as one pure decision: identity lookup result, user status, account guard, step-up policy (including the
 * phone's signals: a dormant account or a SIM swap asks for the password).
 * A phone with no user goes to onboarding (resuming a live signup; a rejected signup is denied).
 */
public record LoginPolicy(TierPolicy tiers, StepUpPolicy stepUp) {
    public LoginPolicy {
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(stepUp, "stepUp");
    }

    public LoginDecision decide(LoginFacts facts) {
        if (facts.user().isEmpty()) {
            if (facts.liveSignup().map(p -> p.status() == PreUserStatus.REJECTED).orElse(false)) {
                return new LoginDecision.Denied(LoginDenial.SIGNUP_REJECTED);
            }
            return new LoginDecision.OnboardingRequired(facts.liveSignup());
        }
        User user = facts.user().orElseThrow();
        if (!(user instanceof User.Active)) {
            return new LoginDecision.Denied(LoginDenial.USER_BLOCKED);
        }
        if (facts.account().isEmpty()) {
            return new LoginDecision.Denied(LoginDenial.ACCOUNT_MISSING);
        }
        Account account = facts.account().orElseThrow();
        if (account.core().status() == AccountStatus.CLOSED) {
            return new LoginDecision.Denied(LoginDenial.ACCOUNT_CLOSED);
        }
        Tier tier = account.tier();
        Set<StepUpReason> reasons = EnumSet.noneOf(StepUpReason.class);
        reasons.addAll(stepUp.reasons(tier, facts.knownDevice(), facts.recentFailures()));
        reasons.addAll(facts.signals().reasons(facts.knownDevice()));
        if (!reasons.isEmpty()) {
            return new LoginDecision.StepUpRequired(user, tier, reasons);
        }
        return new LoginDecision.Authenticated(user, tier, scopesFor(Optional.of(account)));
    }

    /** Scopes a session on this account gets now: frozen accounts read only, closed accounts nothing. */
    public Set<Scope> scopesFor(Optional<Account> account) {
        return account.map(a -> switch (a.core().status()) {
            case ACTIVE -> tiers.scopes(a.tier());
            case FROZEN -> tiers.frozenScopes();
            case CLOSED -> Set.<Scope>of();
        }).orElse(Set.of());
    }
}
