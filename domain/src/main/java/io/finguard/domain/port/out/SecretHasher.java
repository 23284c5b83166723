package io.finguard.domain.port.out;

import io.finguard.domain.model.HashedSecret;
import java.util.List;

/**
 * Slow, salted and peppered hashing of passwords and PINs. A bounded number of callers hash at once;
 * a caller that waits past the bound gets {@link DependencyUnavailableException}.
 */
public interface SecretHasher {

    HashedSecret hash(String secret);

    /**
     * Hashes the secrets in order under one admission: the caller waits for a slot once, then all of them are hashed,
     * or it gets {@link DependencyUnavailableException} and none is. A request that needs two hashes (a password and a
     * PIN) so never spends the first and is then refused the second, and waits at most one bound.
     */
    List<HashedSecret> hashAll(List<String> secrets);

    /** Compares in constant time; {@code Matches.rehashed} is present only when parameters or pepper changed. */
    SecretMatch verify(String secret, HashedSecret stored);

    /** Burns the time of one verification without a stored hash, so unknown subjects answer as slowly as known ones. */
    void verifyDummy(String secret);
}
