package io.finguard.domain.port.out;

import io.finguard.domain.model.HashedSecret;

/**
 * Slow, salted and peppered hashing of passwords and PINs. A bounded number of hashes run at once;
 * a caller that waits past the bound gets {@link DependencyUnavailableException}.
 */
public interface SecretHasher {

    HashedSecret hash(String secret);

    /** Compares in constant time; {@code Matches.rehashed} is present only when parameters or pepper changed. */
    SecretMatch verify(String secret, HashedSecret stored);

    /** Burns the time of one verification without a stored hash, so unknown subjects answer as slowly as known ones. */
    void verifyDummy(String secret);
}
