package io.finguard.application.txauth;

import io.finguard.application.Auditor;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.in.RequestAuthorizationSms;
import io.finguard.domain.port.out.Authorizations;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.txauth.Authorization;
import io.finguard.domain.user.User;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the TRANSACTION code of a payer's PENDING authorisation to the payer's own number (counted against the same
 * code-send limits as every other code), once per authorisation.
 */
public final class RequestAuthorizationSmsService implements RequestAuthorizationSms {
    private final Transactions tx;
    private final Users users;
    private final Authorizations authorizations;
    private final TransactionCodes codes;
    private final RateLimiter limiter;
    private final Auditor auditor;
    private final Clock clock;

    public RequestAuthorizationSmsService(Transactions tx, Users users, Authorizations authorizations, TransactionCodes codes,
                                          RateLimiter limiter, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.users = users;
        this.authorizations = authorizations;
        this.codes = codes;
        this.limiter = limiter;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result request(Command command) {
        Optional<PhoneNumber> phone = tx.inTransaction(() -> users.find(command.caller().subject())
                .filter(User.Active.class::isInstance).map(u -> u.facts().phone()));
        if (phone.isEmpty()) {
            return new Result.NotFound();
        }
        // Asking again for the code already sent sends nothing, so it is answered before the send limits count it.
        if (tx.inTransaction(() -> authorizations.lock(command.id()).filter(a -> a.facts().payer().equals(command.caller().subject()))
                .map(a -> codes.issued(a.facts())).orElse(false))) {
            return new Result.AlreadySent();
        }
        if (limiter.allowOtpSend(phone.get(), command.client()) instanceof RateDecision.Denied denied) {
            return new Result.Throttled(denied.limit(), denied.retryAfter());
        }
        return tx.inTransaction(() -> {
            Authorization.Pending pending;
            switch (PendingAuthorization.lock(authorizations, command.id(), command.caller().subject(), clock.instant())) {
                case PendingAuthorization.Lookup.Missing missing -> {
                    return new Result.NotFound();
                }
                case PendingAuthorization.Lookup.Closed closed -> {
                    return new Result.Refused(closed.reason());
                }
                case PendingAuthorization.Lookup.Open open -> pending = open.authorization();
            }
            if (codes.issued(pending.facts())) {
                return new Result.AlreadySent();
            }
            var expiresAt = codes.issue(pending.facts(), phone.get());
            auditor.record(AuditType.AUTHORIZATION_SMS_SENT, command.caller().subject(),
                    Map.of("authorization", command.id().toString(), "to", phone.get().masked()));
            return new Result.Sent(expiresAt);
        });
    }
}
