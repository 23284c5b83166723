package io.finguard.domain.port.out;

import io.finguard.domain.model.KeyThumbprint;
import java.time.Duration;

/**
 * The DPoP proof ids ({@code jti}) already used per key, remembered for as long as a proof could still pass the
 * freshness check, and shared by every instance; a replayed proof is refused everywhere.
 */
public interface SeenProofs {

    /** True the first time this key's proof id is seen within {@code remember}; false for every later sighting. */
    boolean firstSighting(KeyThumbprint key, String jti, Duration remember);
}
