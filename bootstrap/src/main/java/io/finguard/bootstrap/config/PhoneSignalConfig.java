package io.finguard.bootstrap.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Recycled numbers and the SIM-swap signal: when an account is dormant, how long after a swap the phone is
 * distrusted, how long an answer is kept per number, and which network answers ({@link SimSwapProvider}).
 */
public record PhoneSignalConfig(Duration dormancy, Duration simSwapWindow, Duration simSwapCacheTtl, SimSwapProvider provider) {
    public PhoneSignalConfig {
        Objects.requireNonNull(dormancy, "dormancy");
        Objects.requireNonNull(simSwapWindow, "simSwapWindow");
        Objects.requireNonNull(simSwapCacheTtl, "simSwapCacheTtl");
        Objects.requireNonNull(provider, "provider");
    }

    /** Who answers "was this number's SIM swapped?". */
    public sealed interface SimSwapProvider {
        /** Nobody: no SIM swap is ever reported (the service behaves as before the signal existed). */
        record None() implements SimSwapProvider {
        }

        /** Dev only: the configured answers ({@code <number>=swapped@<instant>|unknown|not_swapped,...}). */
        record Stub(String answers) implements SimSwapProvider {
            public Stub {
                Objects.requireNonNull(answers, "answers");
            }
        }

        /** An operator's CAMARA SIM Swap API with OAuth2 client credentials; the secret is a {@link Secret}. */
        record Camara(URI apiRoot, URI tokenUrl, String clientId, Secret clientSecret, Optional<String> scope, Duration timeout,
                      int breakerFailures, Duration breakerOpenFor) implements SimSwapProvider {
            public Camara {
                Objects.requireNonNull(apiRoot, "apiRoot");
                Objects.requireNonNull(tokenUrl, "tokenUrl");
                Objects.requireNonNull(clientId, "clientId");
                Objects.requireNonNull(clientSecret, "clientSecret");
                Objects.requireNonNull(scope, "scope");
                Objects.requireNonNull(timeout, "timeout");
                Objects.requireNonNull(breakerOpenFor, "breakerOpenFor");
            }
        }
    }
}
