package io.finguard.domain.port.in;

import java.util.Objects;
import java.util.Set;

/**
 * Authenticates a registered client by its RFC 7523 assertion ({@code private_key_jwt}): valid for the client's public
 * JWK and addressed to one of {@code audiences}, and its {@code jti} never seen before on any instance.
 */
public interface CheckClientAssertion {

    Result check(Command command);

    /** The assertion as received, the client it claims to be, that client's registered public JWK, accepted audiences. */
    record Command(String assertion, String clientId, String publicJwk, Set<String> audiences) {
        public Command {
            Objects.requireNonNull(assertion, "assertion");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(publicJwk, "publicJwk");
            audiences = Set.copyOf(audiences);
        }

        @Override
        public String toString() {
            return "CheckClientAssertion.Command[" + clientId + ", redacted]";
        }
    }

    /** What the check came to; the caller handles every variant. */
    sealed interface Result {
        /** The client holds its registered private key. */
        record Authenticated() implements Result {
        }

        /** Not a valid assertion of this client, or one already used: {@code invalid_client}. */
        record Refused(String why) implements Result {
            public Refused {
                Objects.requireNonNull(why, "why");
            }
        }
    }
}
