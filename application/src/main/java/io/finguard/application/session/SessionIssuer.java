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
import io.finguard.application.Auditor;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.session.SessionLimit;
import io.finguard.domain.session.SessionOrigin;
import io.finguard.domain.port.out.UserActivity;
import io.finguard.domain.session.FamilyFacts;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.SessionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * L5: starts refresh-token families and issues access tokens for them (inside the caller's transaction), keeping each
 * user under the session cap.
 */
public final class SessionIssuer {
    private final Sessions sessions;
    private final Users users;
    private final TokenIssuer tokens;
    private final RefreshTokens refreshTokens;
    private final Ids ids;
    private final Clock clock;
    private final SessionPolicy policy;
    private final SessionLimit limit;
    private final Auditor auditor;
    private final UserActivity activity;
    private final SessionRevoker revoker;

    public SessionIssuer(Sessions sessions, Users users, TokenIssuer tokens, RefreshTokens refreshTokens, Ids ids, Clock clock,
                         SessionPolicy policy, SessionLimit limit, Auditor auditor,
                         UserActivity activity, SessionRevoker revoker) {
        this.sessions = sessions;
        this.users = users;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
        this.ids = ids;
        this.clock = clock;
        this.policy = policy;
        this.limit = limit;
        this.auditor = auditor;
        this.activity = activity;
        this.revoker = revoker;
    }

    /**
     * A new family on this device (none if the client named none), bound to this DPoP key (a Bearer family without
     * one), begun at {@code origin}, with its first token pair; when the user is at the cap, the longest unused live
     * sessions end first (audited).
     */
    public SessionTokens start(UserId user, Tier tier, Set<Scope> scopes, AssuranceLevel acr, Set<AuthMethod> amr,
                               Optional<DeviceId> device, Optional<KeyThumbprint> key, SessionOrigin origin) {
        Instant now = clock.instant();
        makeRoom(user, now);
        FamilyFacts facts = new FamilyFacts(FamilyId.of(ids.next()), user, device, now, now.plus(policy.absoluteLifetime()), key,
                origin);
        RefreshToken first = refreshTokens.first();
        RefreshFamily.Active family = RefreshFamily.start(facts, first.digest(), acr, amr, now);
        sessions.add(family);
        return tokensFor(family, first, tier, scopes);
    }

    /**
     * The user's row is locked before the count, as block and {@link LiveSession} lock it: two logins of one user at
     * once count one after the other, so they cannot both see room for one more (row locks on the families alone would
     * not stop the second insert).
     */
    private void makeRoom(UserId user, Instant now) {
        users.lock(user);
        for (RefreshFamily.Active idlest : limit.toEndBeforeStart(sessions.lockActiveOf(user), now, policy)) {
            revoker.revoke(idlest, RevocationReason.SESSION_LIMIT);
            auditor.record(AuditType.SESSION_REVOKED, user, Map.of("reason", "session_limit", "session", idlest.id().toString(),
                    "cap", Integer.toString(limit.maxLive())));
        }
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
