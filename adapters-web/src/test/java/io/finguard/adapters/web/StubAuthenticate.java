package io.finguard.adapters.web;

import io.finguard.domain.token.TokenRefusal;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.port.in.Authenticate;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.TokenCheck;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Test double of {@link Authenticate}: tokens are whatever the test registered, each of one kind only. */
final class StubAuthenticate implements Authenticate {
    final Map<String, AccessClaims> accessTokens = new ConcurrentHashMap<>();
    final Map<String, PreUserId> signupTickets = new ConcurrentHashMap<>();
    final Map<String, FlowTicket> stepUpTickets = new ConcurrentHashMap<>();
    final Map<String, FlowTicket> releaseTickets = new ConcurrentHashMap<>();
    volatile String jwks = "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"k1\",\"x\":\"x\",\"y\":\"y\",\"use\":\"sig\",\"alg\":\"ES256\"}]}";

    @Override
    public TokenCheck<AccessClaims> accessToken(String bearer) {
        AccessClaims claims = accessTokens.get(bearer);
        return claims == null ? new TokenCheck.Invalid<>(TokenRefusal.BAD_SIGNATURE) : new TokenCheck.Valid<>(claims);
    }

    @Override
    public TokenCheck<PreUserId> signupTicket(String bearer) {
        PreUserId id = signupTickets.get(bearer);
        return id == null ? new TokenCheck.Invalid<>(TokenRefusal.WRONG_TYPE) : new TokenCheck.Valid<>(id);
    }

    @Override
    public TokenCheck<FlowTicket> stepUpTicket(String bearer) {
        FlowTicket ticket = stepUpTickets.get(bearer);
        return ticket == null ? new TokenCheck.Invalid<>(TokenRefusal.WRONG_TYPE) : new TokenCheck.Valid<>(ticket);
    }

    @Override
    public TokenCheck<FlowTicket> releaseTicket(String bearer) {
        FlowTicket ticket = releaseTickets.get(bearer);
        return ticket == null ? new TokenCheck.Invalid<>(TokenRefusal.WRONG_TYPE) : new TokenCheck.Valid<>(ticket);
    }

    @Override
    public String publicKeys() {
        return jwks;
    }
}
