package io.finguard.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.port.out.DpopProofs;
import io.finguard.domain.port.out.ProofCheck;
import io.finguard.domain.port.out.ProofExpectation;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DpopProofs} does with proofs a client made (RFC 9449 section 4.3): accepts one for this method and
 * URL, fresh or carrying a live server nonce, with the token's hash where a token is presented; refuses the rest.
 * Implementations are built with a 60 s iat window and 5 min nonce lifetime.
 */
public abstract class DpopProofsContract {
    protected static final Duration IAT_WINDOW = Duration.ofSeconds(60);
    protected static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final String URL = "https://api.example.test/v1/auth/refresh";
    private static final String TOKEN = "eyJhbGciOiJFUzI1NiJ9.access-token.signature";

    protected abstract DpopProofs proofs();

    /** A proof by the client's key number {@code keyNo}, made as a client would. */
    protected abstract String proof(int keyNo, String htm, String htu, Instant iat, String jti,
                                    Optional<String> accessToken, Optional<String> nonce);

    /** The RFC 7638 thumbprint of the client's key number {@code keyNo}. */
    protected abstract KeyThumbprint thumbprint(int keyNo);

    private ProofCheck check(String proof, String method, Optional<String> token) {
        return proofs().check(proof, new ProofExpectation(method, URL, token, NOW));
    }

    private static String jti() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aProofForThisRequestNamesItsKeyAndId() {
        String jti = jti();
        String proof = proof(1, "POST", URL, NOW, jti, Optional.empty(), Optional.empty());

        assertThat(check(proof, "POST", Optional.empty())).isEqualTo(new ProofCheck.Valid(thumbprint(1), jti, NOW));
        assertThat(thumbprint(1)).isNotEqualTo(thumbprint(2));
    }

    @Test
    void aProofForAnotherMethodIsInvalid() {
        String proof = proof(1, "GET", URL, NOW, jti(), Optional.empty(), Optional.empty());

        assertThat(check(proof, "POST", Optional.empty())).isInstanceOf(ProofCheck.Invalid.class);
    }

    @Test
    void aProofForAnotherUrlIsInvalid() {
        String proof = proof(1, "POST", "https://api.example.test/v1/auth/step-up", NOW, jti(), Optional.empty(), Optional.empty());

        assertThat(check(proof, "POST", Optional.empty())).isInstanceOf(ProofCheck.Invalid.class);
    }

    @Test
    void aProofWithoutTheHashOfThePresentedTokenIsInvalid() {
        String proof = proof(1, "POST", URL, NOW, jti(), Optional.empty(), Optional.empty());

        assertThat(check(proof, "POST", Optional.of(TOKEN))).isInstanceOf(ProofCheck.Invalid.class);
    }

    @Test
    void aProofWithTheHashOfAnotherTokenIsInvalid() {
        String proof = proof(1, "POST", URL, NOW, jti(), Optional.of(TOKEN + "x"), Optional.empty());

        assertThat(check(proof, "POST", Optional.of(TOKEN))).isInstanceOf(ProofCheck.Invalid.class);
    }

    @Test
    void aProofWithTheHashOfThePresentedTokenIsValid() {
        String proof = proof(1, "POST", URL, NOW, jti(), Optional.of(TOKEN), Optional.empty());

        assertThat(check(proof, "POST", Optional.of(TOKEN))).isInstanceOf(ProofCheck.Valid.class);
    }

    @Test
    void aStaleOrFutureProofWithoutANonceAsksForOne() {
        String stale = proof(1, "POST", URL, NOW.minus(IAT_WINDOW).minusSeconds(5), jti(), Optional.empty(), Optional.empty());
        String future = proof(1, "POST", URL, NOW.plus(IAT_WINDOW).plusSeconds(5), jti(), Optional.empty(), Optional.empty());

        assertThat(check(stale, "POST", Optional.empty())).isInstanceOf(ProofCheck.NeedsNonce.class);
        assertThat(check(future, "POST", Optional.empty())).isInstanceOf(ProofCheck.NeedsNonce.class);
    }

    @Test
    void aProofOnTheEdgeOfTheWindowIsFresh() {
        String proof = proof(1, "POST", URL, NOW.minus(IAT_WINDOW).plusSeconds(1), jti(), Optional.empty(), Optional.empty());

        assertThat(check(proof, "POST", Optional.empty())).isInstanceOf(ProofCheck.Valid.class);
    }

    @Test
    void aClientWithASlowClockGetsInWithTheServersNonce() {
        String nonce = proofs().nonce(NOW.minusSeconds(30));
        Instant clientClock = NOW.minus(Duration.ofMinutes(3));
        String proof = proof(1, "POST", URL, clientClock, jti(), Optional.empty(), Optional.of(nonce));

        assertThat(check(proof, "POST", Optional.empty())).asInstanceOf(type(ProofCheck.Valid.class))
                .extracting(ProofCheck.Valid::key).isEqualTo(thumbprint(1));
    }

    @Test
    void aNonceTheServerNeverIssuedOrOneTooOldDoesNotStandInForFreshness() {
        Instant clientClock = NOW.minus(Duration.ofMinutes(3));
        String forged = proof(1, "POST", URL, clientClock, jti(), Optional.empty(), Optional.of("made-up-nonce"));
        String old = proof(1, "POST", URL, clientClock, jti(), Optional.empty(),
                Optional.of(proofs().nonce(NOW.minus(NONCE_LIFETIME).minus(NONCE_LIFETIME))));

        assertThat(check(forged, "POST", Optional.empty())).isInstanceOf(ProofCheck.NeedsNonce.class);
        assertThat(check(old, "POST", Optional.empty())).isInstanceOf(ProofCheck.NeedsNonce.class);
    }

    @Test
    void somethingThatIsNoProofIsInvalid() {
        assertThat(check("not a proof", "POST", Optional.empty())).isInstanceOf(ProofCheck.Invalid.class);
        assertThat(check("", "POST", Optional.empty())).isInstanceOf(ProofCheck.Invalid.class);
    }
}
