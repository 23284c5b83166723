package io.finguard.domain.port.in;

import io.finguard.domain.model.KeyThumbprint;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the DPoP proof (RFC 9449) sent with a request: valid for this method and URL, fresh, never seen before (across
 * every instance), and carrying the hash of the access token it comes with. A proven key is what tokens are bound to.
 */
public interface CheckDpopProof {

    Result check(Command command);

    /**
     * The proof as received, the request's method and URL as the server sees them (the public base URL behind a
     * proxy), and the access token presented with the proof, if any.
     */
    record Command(String proof, String method, String url, Optional<String> accessToken) {
        public Command {
            Objects.requireNonNull(proof, "proof");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(accessToken, "accessToken");
        }

        @Override
        public String toString() {
            return "CheckDpopProof.Command[" + method + " " + url + ", redacted]";
        }
    }

    /** What the proof check came to; the caller handles every variant. */
    sealed interface Result {
        /** The client holds the private key of this thumbprint. */
        record Proven(KeyThumbprint key) implements Result {
            public Proven {
                Objects.requireNonNull(key, "key");
            }
        }

        /** Not a valid proof for this request (or one already used): {@code invalid_dpop_proof}. */
        record Refused(String why) implements Result {
            public Refused {
                Objects.requireNonNull(why, "why");
            }
        }

        /** Retry with this server nonce in the proof ({@code use_dpop_nonce}), e.g. after a clock-skew refusal. */
        record NonceRequired(String nonce, String why) implements Result {
            public NonceRequired {
                Objects.requireNonNull(nonce, "nonce");
                Objects.requireNonNull(why, "why");
            }
        }
    }
}
