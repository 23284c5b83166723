package io.finguard.domain.port.out;

import java.time.Instant;

/**
 * Checks a DPoP proof (RFC 9449 section 4.3) against the request it came with: signature by the public key in its
 * header, type, algorithm, method, URL, freshness and, where a token is presented, the token hash. Replay is not its
 * concern (see {@link SeenProofs}). Also mints the server nonces a proof may be asked to carry.
 */
public interface DpopProofs {

    ProofCheck check(String proof, ProofExpectation expected);

    /**
     * How long around the time of a check a proof's {@code iat} may lie and still pass (with a nonce where needed): a
     * proof id must be remembered at least this long to refuse every replay.
     */
    java.time.Duration acceptanceWindow();

    /** A nonce the server will accept in proofs for a while from {@code now}. */
    String nonce(Instant now);
}
