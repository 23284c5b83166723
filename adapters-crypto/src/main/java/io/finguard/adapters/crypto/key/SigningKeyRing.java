package io.finguard.adapters.crypto.key;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The current ES256 signing key and older keys kept only to verify tokens they signed, so keys rotate
 * without downtime: add a new current key, keep the previous one until its tokens have expired.
 */
public final class SigningKeyRing {
    private final SigningKey current;
    private final Map<String, VerificationKey> byKid;

    private SigningKeyRing(SigningKey current, Map<String, VerificationKey> byKid) {
        this.current = current;
        this.byKid = byKid;
    }

    public static SigningKeyRing of(SigningKey current) {
        return of(current, List.of());
    }

    /** {@code older} may not reuse the current kid or each other's. */
    public static SigningKeyRing of(SigningKey current, List<VerificationKey> older) {
        Objects.requireNonNull(current, "current");
        Map<String, VerificationKey> byKid = new LinkedHashMap<>();
        byKid.put(current.kid(), current.verificationKey());
        for (VerificationKey key : older) {
            if (byKid.putIfAbsent(key.kid(), key) != null) {
                throw new IllegalArgumentException("duplicate kid " + key.kid());
            }
        }
        return new SigningKeyRing(current, byKid);
    }

    /** A ring signing with {@code next}, still verifying with every key of this one. */
    public SigningKeyRing rotatedTo(SigningKey next) {
        List<VerificationKey> older = new ArrayList<>(byKid.values());
        older.removeIf(key -> key.kid().equals(next.kid()));
        return of(next, older);
    }

    /** A ring without the verification key {@code kid} (once its last tokens have expired); never the current one. */
    public SigningKeyRing without(String kid) {
        if (current.kid().equals(kid)) {
            throw new IllegalArgumentException("the current key cannot be removed");
        }
        List<VerificationKey> older = new ArrayList<>(byKid.values());
        older.removeIf(key -> key.kid().equals(kid) || key.kid().equals(current.kid()));
        return of(current, older);
    }

    public SigningKey current() {
        return current;
    }

    /** The key for a token's kid; empty for an unknown or missing kid. */
    public Optional<VerificationKey> find(String kid) {
        return kid == null ? Optional.empty() : Optional.ofNullable(byKid.get(kid));
    }

    /** Every verification key, the current one first. */
    public List<VerificationKey> verificationKeys() {
        return List.copyOf(byKid.values());
    }
}
