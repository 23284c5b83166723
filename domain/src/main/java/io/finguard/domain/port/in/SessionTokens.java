package io.finguard.domain.port.in;

import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.Scope;
import io.finguard.domain.token.IssuedToken;
import io.finguard.domain.token.RefreshToken;
import java.util.Objects;
import java.util.Set;

/**
 * An access token with its scopes and assurance, and the refresh token that continues the session; {@code bound} when
 * both are DPoP-bound to the client's key (token type {@code DPoP}), else they are Bearer tokens.
 */
public record SessionTokens(IssuedToken access, RefreshToken refresh, Set<Scope> scopes, AssuranceLevel acr, boolean bound) {

    /** Bearer (unbound) tokens. */
    public SessionTokens(IssuedToken access, RefreshToken refresh, Set<Scope> scopes, AssuranceLevel acr) {
        this(access, refresh, scopes, acr, false);
    }

    public SessionTokens {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(acr, "acr");
        scopes = Set.copyOf(scopes);
    }
}
