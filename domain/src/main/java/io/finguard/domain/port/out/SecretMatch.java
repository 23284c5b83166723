package io.finguard.domain.port.out;

import io.finguard.domain.model.HashedSecret;
import java.util.Objects;
import java.util.Optional;

/** Whether a presented secret matches its stored hash, and a fresh hash when the stored one is outdated. */
public sealed interface SecretMatch {

    /** The secret matches; {@code rehashed} is a new hash to store when the stored one is outdated. */
    record Matches(Optional<HashedSecret> rehashed) implements SecretMatch {
        public Matches {
            Objects.requireNonNull(rehashed, "rehashed");
        }
    }

    /** The secret does not match. */
    record Mismatch() implements SecretMatch {
    }

    default boolean matches() {
        return this instanceof Matches;
    }
}
