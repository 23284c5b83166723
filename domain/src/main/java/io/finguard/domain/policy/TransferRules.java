package io.finguard.domain.policy;

import io.finguard.domain.account.Account;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Outgoing transfers: FULL tier with the transfer scope, both accounts active, within the daily limit, no overdraft, recipient below its balance cap. The rules
 * about the caller alone come first and can be asked on their own ({@link #checkCaller}), before anything
 * about the recipient is known: a caller who may not send must not learn whether a number is a customer. Since issue
 * 13 no session freshness is asked: each payment is strongly authenticated on its own, or exempted
 * ({@link io.finguard.domain.txauth.ScaExemptions}); the token's acr and auth time are no longer judged here.
 */
public record TransferRules(TierPolicy tiers) {
    public TransferRules {
        Objects.requireNonNull(tiers, "tiers");
    }

    public static TransferRules defaults(TierPolicy tiers) {
        return new TransferRules(tiers);
    }

    /** Empty when allowed, else the first rule that refuses: the caller's rules, then in the order of the class comment. */
    public Optional<TransferDenial> check(TransferRequest r) {
        Optional<TransferDenial> caller = checkCaller(r.scopes(), r.acr(), r.authTime(), r.source(), r.now(), r.signals(), r.amr());
        if (caller.isPresent()) {
            return caller;
        }
        Money amount = r.amount();
        if (!amount.isPositive()) {
            return Optional.of(TransferDenial.INVALID_AMOUNT);
        }
        if (!amount.currency().equals(tiers.currency())) {
            return Optional.of(TransferDenial.CURRENCY_MISMATCH);
        }
        if (r.source().core().id().equals(r.destination().core().id())) {
            return Optional.of(TransferDenial.SAME_ACCOUNT);
        }
        if (r.destination().core().status() != AccountStatus.ACTIVE) {
            return Optional.of(TransferDenial.RECIPIENT_NOT_ACTIVE);
        }
        // Compared against what is left rather than summed: a huge amount must be a denial, not a long overflow.
        Money leftToday = tiers.dailyTransferLimit(Tier.FULL).minus(r.sentToday());
        if (amount.exceeds(leftToday)) {
            return Optional.of(TransferDenial.DAILY_LIMIT_EXCEEDED);
        }
        if (amount.exceeds(r.source().core().balance())) {
            return Optional.of(TransferDenial.INSUFFICIENT_FUNDS);
        }
        Money recipientRoom = tiers.balanceCap(r.destination().tier()).minus(r.destination().core().balance());
        if (amount.exceeds(recipientRoom)) {
            return Optional.of(TransferDenial.RECIPIENT_BALANCE_CAP);
        }
        return Optional.empty();
    }

    /** The rules about the caller alone (tier, scope, own account active): empty when they allow. */
    public Optional<TransferDenial> checkCaller(Set<Scope> scopes, AssuranceLevel acr, Instant authTime, Account source,
                                                Instant now) {
        return checkCaller(scopes, acr, authTime, source, now, PhoneSignals.none(), Set.of());
    }

    /** The caller's rules, then the SIM-swap hold on the payer's phone ({@link PhoneSignals#transferDenial}). */
    public Optional<TransferDenial> checkCaller(Set<Scope> scopes, AssuranceLevel acr, Instant authTime, Account source,
                                                Instant now, PhoneSignals signals, Set<AuthMethod> amr) {
        if (source.tier() != Tier.FULL) {
            return Optional.of(TransferDenial.INSUFFICIENT_TIER);
        }
        if (!scopes.contains(Scope.TRANSFER_CREATE)) {
            return Optional.of(TransferDenial.MISSING_SCOPE);
        }
        if (source.core().status() != AccountStatus.ACTIVE) {
            return Optional.of(TransferDenial.ACCOUNT_NOT_ACTIVE);
        }
        return signals.transferDenial(amr);
    }
}
