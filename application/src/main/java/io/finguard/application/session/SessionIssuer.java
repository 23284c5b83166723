package io.finguard.application.session;

import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.SessionTokens;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.token.RefreshToken;
import io.finguard.domain.port.out.RefreshTokens;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.TokenIssuer;
import io.finguard.domain.port.out.UserActivity;
import io.finguard.domain.session.FamilyFacts;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.SessionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** L5: starts refresh-token families and issues access tokens for them (inside the caller's transaction). */
public final class SessionIssuer {
    private final Sessions sessions;
    private final TokenIssuer tokens;
    private final RefreshTokens refreshTokens;
    private final Ids ids;
    private final Clock clock;
    private final SessionPolicy policy;
    private final UserActivity activity;

    public SessionIssuer(Sessions sessions, TokenIssuer tokens, RefreshTokens refreshTokens, Ids ids, Clock clock,
                         SessionPolicy policy, UserActivity activity) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.ids = ids;
        this.clock = clock;
        this.policy = policy;
        this.activity = activity;
    }

    /** A new Bearer family on this device (none if the client named none) with its first token pair. */
    public SessionTokens start(UserId user, Tier tier, Set<Scope> scopes, AssuranceLevel acr, Set<AuthMethod> amr,
                               Optional<DeviceId> device) {
        return start(user, tier, scopes, acr, amr, device, Optional.empty());
    }

    /** A new family on this device, bound to this DPoP key (a Bearer family without one), with its first token pair. */
    public SessionTokens start(UserId user, Tier tier, Set<Scope> scopes, AssuranceLevel acr, Set<AuthMethod> amr,
                               Optional<DeviceId> device, Optional<KeyThumbprint> key) {
        Instant now = clock.instant();
        FamilyFacts facts = new FamilyFacts(FamilyId.of(ids.next()), user, device, now, now.plus(policy.absoluteLifetime()), key);
        RefreshToken first = refreshTokens.first();
        RefreshFamily.Active family = RefreshFamily.start(facts, first.digest(), acr, amr, now);
        sessions.add(family);
        return tokensFor(family, first, tier, scopes);
    }

    /**
     * An access token for a live family, paired with the refresh token the client holds next. Every login, step-up,
     * signup and refresh passes here, so this is where the user's last activity is recorded (dormancy).
     */
    public SessionTokens tokensFor(RefreshFamily.Active family, RefreshToken refresh, Tier tier, Set<Scope> scopes) {
        Instant now = clock.instant();
        activity.record(family.facts().userId(), now);
        Instant expires = now.plus(policy.accessTokenTtl());
        if (expires.isAfter(family.facts().absoluteExpiresAt())) {
            expires = family.facts().absoluteExpiresAt();
        }
        AccessClaims claims = new AccessClaims(family.facts().userId(), family.id(), scopes, tier, family.acr(), family.amr(),
                family.authTime(), now, expires, ids.next().toString(), family.facts().key());
        return new SessionTokens(tokens.issueAccessToken(claims), refresh, scopes, family.acr(), family.facts().key().isPresent());
    }
}
