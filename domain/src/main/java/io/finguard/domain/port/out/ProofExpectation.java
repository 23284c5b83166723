package io.finguard.domain.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a DPoP proof must match: the request's method and URL (the server's own view of it), the access token presented
 * with it (its hash must be the proof's {@code ath}), and the time of the check.
 */
public record ProofExpectation(String method, String url, Optional<String> accessToken, Instant now) {
    public ProofExpectation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(now, "now");
    }

    @Override
    public String toString() {
        return "ProofExpectation[" + method + " " + url + ", token " + (accessToken.isPresent() ? "redacted" : "none") + "]";
    }
}
