package io.finguard.domain.port.out;

import io.finguard.domain.model.KeyThumbprint;
import java.time.Instant;
import java.util.Objects;

/** What a DPoP proof check came to. */
public sealed interface ProofCheck {

    /** A well-formed proof for this request, signed by the key with this thumbprint; {@code jti} is still to be spent. */
    record Valid(KeyThumbprint key, String jti, Instant issuedAt) implements ProofCheck {
        public Valid {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(jti, "jti");
            Objects.requireNonNull(issuedAt, "issuedAt");
        }
    }

    /** Not a valid proof for this request; {@code why} is safe to show the client. */
    record Invalid(String why) implements ProofCheck {
        public Invalid {
            Objects.requireNonNull(why, "why");
        }
    }

    /**
     * Otherwise valid, but not fresh by the server's clock and without a nonce the server issued (or with a stale one):
     * the client should retry with a server nonce.
     */
    record NeedsNonce(String why) implements ProofCheck {
        public NeedsNonce {
            Objects.requireNonNull(why, "why");
        }
    }
}
