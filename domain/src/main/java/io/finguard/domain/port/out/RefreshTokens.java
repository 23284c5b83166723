package io.finguard.domain.port.out;

import io.finguard.domain.token.RefreshToken;
import io.finguard.domain.model.TokenDigest;

/**
 * Opaque 256-bit refresh tokens. The first of a family is random; each successor is derived from its
 * predecessor under a server key, so a retried rotation names the same successor without storing it.
 */
public interface RefreshTokens {

    RefreshToken first();

    RefreshToken successorOf(String presented);

    /** SHA-256 of a presented token; never fails on malformed input (it simply matches nothing). */
    TokenDigest digestOf(String presented);
}
