package io.finguard.domain.policy;

import io.finguard.domain.account.Account;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Scope;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the transfer rules look at: the caller's token facts (scopes, acr, when step-up happened),
 * both accounts as locked for the transfer, the amount, what left the source today, and now; and the payer's phone
 * signals with the factors of the caller's session ({@code amr}), for the SIM-swap hold.
 */
public record TransferRequest(Set<Scope> scopes, AssuranceLevel acr, Instant authTime, Account source, Account destination,
                              Money amount, Money sentToday, Instant now, PhoneSignals signals, Set<AuthMethod> amr) {

    /** A request whose payer's phone has nothing unusual about it. */
    public TransferRequest(Set<Scope> scopes, AssuranceLevel acr, Instant authTime, Account source, Account destination,
                           Money amount, Money sentToday, Instant now) {
        this(scopes, acr, authTime, source, destination, amount, sentToday, now, PhoneSignals.none(), Set.of());
    }

    public TransferRequest {
        Objects.requireNonNull(scopes, "scopes");
        Objects.requireNonNull(acr, "acr");
        Objects.requireNonNull(authTime, "authTime");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(sentToday, "sentToday");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(signals, "signals");
        scopes = Set.copyOf(scopes);
        amr = Set.copyOf(amr);
    }
}
