package io.finguard.domain.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** What a client assertion must say: who signs it, whom it may be addressed to, and the time it is checked at. */
public record AssertionExpectation(String clientId, Set<String> audiences, Instant now) {
    public AssertionExpectation {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(now, "now");
        audiences = Set.copyOf(audiences);
        if (audiences.isEmpty()) {
            throw new IllegalArgumentException("an assertion needs at least one acceptable audience");
        }
    }
}
