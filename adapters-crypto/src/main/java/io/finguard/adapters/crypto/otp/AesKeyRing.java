package io.finguard.adapters.crypto.otp;

import io.finguard.adapters.crypto.key.KeyIds;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256 keys by id: one current key that new values are sealed with, and older keys kept so values sealed
 * before a rotation still open. Used for codes waiting in the outbox and for phone numbers at rest.
 */
public final class AesKeyRing {
    /** AES-256 and nothing shorter: the key is used as given, not derived. */
    public static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> keys;

    private AesKeyRing(String currentId, Map<String, SecretKey> keys) {
        this.currentId = currentId;
        this.keys = keys;
    }

    /** A ring whose {@code keys} contain {@code currentId}; each key has exactly {@value #KEY_BYTES} bytes. */
    public static AesKeyRing of(String currentId, Map<String, byte[]> keys) {
        Objects.requireNonNull(currentId, "currentId");
        Objects.requireNonNull(keys, "keys");
        if (!keys.containsKey(currentId)) {
            throw new IllegalArgumentException("the current key id is not among the keys");
        }
        Map<String, SecretKey> copy = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (!KeyIds.isValid(id)) {
                throw new IllegalArgumentException("a key id is " + KeyIds.RULE);
            }
            if (key == null || key.length != KEY_BYTES) {
                throw new IllegalArgumentException("key " + id + " is not " + KEY_BYTES + " bytes");
            }
            copy.put(id, new SecretKeySpec(Arrays.copyOf(key, key.length), "AES"));
        });
        return new AesKeyRing(currentId, Map.copyOf(copy));
    }

    /** A ring of one key. */
    public static AesKeyRing single(String id, byte[] key) {
        return of(id, Map.of(id, key));
    }

    public String currentId() {
        return currentId;
    }

    public Set<String> ids() {
        return keys.keySet();
    }

    /** The key new values are sealed with. */
    public SecretKey current() {
        return keys.get(currentId);
    }

    /** Key {@code id}, or empty when the ring has no such key. */
    public Optional<SecretKey> key(String id) {
        return Optional.ofNullable(id == null ? null : keys.get(id));
    }

    @Override
    public String toString() {
        return "AesKeyRing[current=" + currentId + ", ids=" + keys.keySet() + "]";
    }
}
