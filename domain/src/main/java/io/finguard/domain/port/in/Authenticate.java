package io.finguard.domain.port.in;

import io.finguard.domain.model.PreUserId;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.TokenCheck;

/** Checks bearer credentials at the edge: access tokens and flow tickets, each only where it belongs. */
public interface Authenticate {

    TokenCheck<AccessClaims> accessToken(String bearer);

    TokenCheck<PreUserId> signupTicket(String bearer);

    TokenCheck<FlowTicket> stepUpTicket(String bearer);

    /** A ticket of a login that offered to release a dormant account's number (POST /v1/auth/release-number). */
    TokenCheck<FlowTicket> releaseTicket(String bearer);

    /** The JWKS document with the current and previous public keys. */
    String publicKeys();
}
