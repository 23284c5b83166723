package io.finguard.domain.port.in;

import io.finguard.domain.token.AccessClaims;
import java.util.Objects;

/**
 * RFC 7662 introspection for a registered resource server: is this access token genuine, current, and is the session
 * it names still live (the same liveness rule the routes apply)? Client authentication happens before this is called.
 */
public interface IntrospectToken {

    Result introspect(String token);

    /** Active with the token's claims, or inactive without saying why (RFC 7662 section 2.2). */
    sealed interface Result {
        /** Genuine, unexpired, and its session and user are live. */
        record Active(AccessClaims claims) implements Result {
            public Active {
                Objects.requireNonNull(claims, "claims");
            }
        }

        /** Expired, forged, of another kind, or its session has ended. */
        record Inactive() implements Result {
        }
    }
}
