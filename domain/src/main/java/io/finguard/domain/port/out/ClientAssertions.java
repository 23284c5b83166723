package io.finguard.domain.port.out;

import java.time.Duration;

/**
 * Checks an RFC 7523 client assertion ({@code private_key_jwt}) against the public JWK a client registered: signature,
 * algorithm, {@code iss} = {@code sub} = the client id, an accepted audience, {@code exp} within the allowed lifetime
 * and a {@code jti}. Replay is not its concern (see {@link SeenProofs}).
 */
public interface ClientAssertions {

    AssertionCheck check(String assertion, String publicJwk, AssertionExpectation expected);

    /** How long after passing a check the same assertion could pass again: how long a spent {@code jti} is remembered. */
    Duration maxLifetime();
}
