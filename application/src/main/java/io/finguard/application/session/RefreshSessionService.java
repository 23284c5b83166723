package io.finguard.application.session;

import io.finguard.application.Auditor;
import io.finguard.domain.account.Account;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.TokenDigest;
import io.finguard.domain.model.Transition;
import io.finguard.domain.policy.LoginPolicy;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.out.AccountOverviews;
import io.finguard.domain.port.out.KnownKeys;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.token.RefreshToken;
import io.finguard.domain.port.out.RefreshTokens;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.session.FamilyEvent;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.session.SessionPolicy;
import io.finguard.domain.user.User;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Rotation under the family's row lock. The successor is derived from the presented token, so a concurrent
 * retry inside the grace window receives the same successor; any other reuse revokes the family (audited).
 * Tier and scopes are read fresh, so a KYC upgrade shows from the next refresh.
 */
public final class RefreshSessionService implements RefreshSession {
    private final Transactions tx;
    private final Sessions sessions;
    private final AccountOverviews holders;
    private final RefreshTokens refreshTokens;
    private final SessionIssuer issuer;
    private final SessionRevoker revoker;
    private final LoginPolicy loginPolicy;
    private final SessionPolicy policy;
    private final Auditor auditor;
    private final Clock clock;
    private final KnownKeys knownKeys;

    public RefreshSessionService(Transactions tx, Sessions sessions, AccountOverviews holders, RefreshTokens refreshTokens,
                          SessionIssuer issuer, SessionRevoker revoker, LoginPolicy loginPolicy, SessionPolicy policy, Auditor auditor,
                          Clock clock, KnownKeys knownKeys) {
        this.knownKeys = knownKeys;
        this.tx = tx;
        this.sessions = sessions;
        this.holders = holders;
        this.refreshTokens = refreshTokens;
        this.issuer = issuer;
        this.revoker = revoker;
        this.loginPolicy = loginPolicy;
        this.policy = policy;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result refresh(Command command) {
        TokenDigest presented = refreshTokens.digestOf(command.refreshToken());
        RefreshToken successor = refreshTokens.successorOf(command.refreshToken());
        return tx.inTransaction(() -> {
            Optional<RefreshFamily> found = sessions.lockByToken(presented);
            if (found.isEmpty()) {
                return new Result.Refused(Refusal.TOKEN_UNKNOWN);
            }
            RefreshFamily family = found.get();
            if (!family.facts().key().equals(command.key())) {
                // A bound token without its key (or an unbound one with a key) spends nothing and revokes nothing: the
                // holder of the key keeps the session, whoever stole the token gets no tokens.
                return new Result.Refused(Refusal.KEY_MISMATCH);
            }
            // The user and their account in one statement (one round trip fewer than two finds).
            Optional<AccountOverviews.Holder> holder = holders.holder(family.facts().userId());
            Optional<Account> account = holder.flatMap(AccountOverviews.Holder::account);
            if (family instanceof RefreshFamily.Active
                    && (holder.isEmpty() || !(holder.get().user() instanceof User.Active) || account.isEmpty())) {
                revoker.revoke(family, RevocationReason.USER_BLOCKED);
                return new Result.Refused(Refusal.USER_BLOCKED);
            }
            Transition<RefreshFamily> step = family.on(new FamilyEvent.Rotate(presented, successor.digest(), policy, clock.instant()));
            if (step.changed()) {
                revoker.update(step.state());
            }
            return switch (step) {
                case Transition.Declined<RefreshFamily> refused -> refused(family, refused.reason());
                case Transition.Accepted<RefreshFamily> accepted ->
                        rotated((RefreshFamily.Active) step.state(), successor, account.orElseThrow());
            };
        });
    }

    private Result refused(RefreshFamily family, Rejection rejection) {
        Refusal reason = Refusal.of(rejection);
        if (reason == Refusal.TOKEN_REUSED) {
            auditor.record(AuditType.TOKEN_REUSE_DETECTED, family.facts().userId(), Map.of("session", family.id().toString()));
        }
        return new Result.Refused(reason);
    }

    private Result rotated(RefreshFamily.Active family, RefreshToken successor, Account account) {
        auditor.record(AuditType.SESSION_REFRESHED, family.facts().userId(), Map.of("session", family.id().toString()));
        family.facts().key().ifPresent(key -> knownKeys.seen(family.facts().userId(), key, clock.instant()));
        return new Result.Refreshed(account.tier(),
                issuer.tokensFor(family, successor, account.tier(), loginPolicy.scopesFor(Optional.of(account))));
    }
}
