package io.finguard.domain.port.out;

import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.IssuedToken;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.TicketKind;
import io.finguard.domain.token.TokenCheck;
import java.time.Instant;

/**
 * Signs and verifies access tokens and flow tickets (ES256 only; issuer, audience, type and key pinned)
 * and publishes the verification keys.
 */
public interface TokenIssuer {

    IssuedToken issueAccessToken(AccessClaims claims);

    IssuedToken issueTicket(FlowTicket ticket);

    TokenCheck<AccessClaims> verifyAccessToken(String token, Instant now);

    /** Accepts only a ticket of the expected kind. */
    TokenCheck<FlowTicket> verifyTicket(String token, TicketKind expected, Instant now);

    /** The public keys (current and previous) as a JWKS JSON document. */
    String publicKeysJson();
}
