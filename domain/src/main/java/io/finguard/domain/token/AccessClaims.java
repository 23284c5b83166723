package io.finguard.domain.token;

import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an access token says (RFC 9068): subject, session ({@code sid}), scopes, tier, assurance,
 * methods, when the strongest factor was proven ({@code auth_time}), issue and expiry instants and id, and the DPoP
 * key it is bound to ({@code cnf.jkt}, RFC 9449), none for a Bearer token.
 */
public record AccessClaims(UserId subject, FamilyId session, Set<Scope> scopes, Tier tier, AssuranceLevel acr,
                           Set<AuthMethod> amr, Instant authTime, Instant issuedAt, Instant expiresAt, String tokenId,
                           Optional<KeyThumbprint> boundKey) {

    /** A Bearer (unbound) token. */
    public AccessClaims(UserId subject, FamilyId session, Set<Scope> scopes, Tier tier, AssuranceLevel acr,
                        Set<AuthMethod> amr, Instant authTime, Instant issuedAt, Instant expiresAt, String tokenId) {
        this(subject, session, scopes, tier, acr, amr, authTime, issuedAt, expiresAt, tokenId, Optional.empty());
    }

    public AccessClaims {
        Objects.requireNonNull(boundKey, "boundKey");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(acr, "acr");
        Objects.requireNonNull(authTime, "authTime");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(tokenId, "tokenId");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        amr = amr.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(amr));
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("expiresAt must be after issuedAt");
        }
    }

    public boolean hasScope(Scope scope) {
        return scopes.contains(scope);
    }
}
