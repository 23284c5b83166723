package io.finguard.adapters.crypto.key;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 keys by id: one current key that new values are made with, and older keys kept so values
 * made before a rotation still check. Used for password peppers and one-time-code hashes.
 */
public final class HmacKeyRing {
    /** 256 bits: an HMAC-SHA256 key shorter than its output gains nothing and invites weak configuration. */
    public static final int MIN_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final String currentId;
    private final Map<String, SecretKeySpec> keys;

    private HmacKeyRing(String currentId, Map<String, SecretKeySpec> keys) {
        this.currentId = currentId;
        this.keys = keys;
    }

    /** A ring whose {@code keys} contain {@code currentId}; each key has at least {@value #MIN_KEY_BYTES} bytes. */
    public static HmacKeyRing of(String currentId, Map<String, byte[]> keys) {
        Objects.requireNonNull(currentId, "currentId");
        Objects.requireNonNull(keys, "keys");
        if (!keys.containsKey(currentId)) {
            throw new IllegalArgumentException("the current key id is not among the keys");
        }
        Map<String, SecretKeySpec> copy = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (!KeyIds.isValid(id)) {
                throw new IllegalArgumentException("a key id is " + KeyIds.RULE);
            }
            if (key == null || key.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("key " + id + " is shorter than " + MIN_KEY_BYTES + " bytes");
            }
            copy.put(id, new SecretKeySpec(Arrays.copyOf(key, key.length), ALGORITHM));
        });
        return new HmacKeyRing(currentId, Map.copyOf(copy));
    }

    /** A ring of one key. */
    public static HmacKeyRing single(String id, byte[] key) {
        return of(id, Map.of(id, key));
    }

    public String currentId() {
        return currentId;
    }

    public Set<String> ids() {
        return keys.keySet();
    }

    public boolean contains(String id) {
        return id != null && keys.containsKey(id);
    }

    /** HMAC-SHA256 of {@code message} under the current key. */
    public byte[] macWithCurrent(byte[] message) {
        return mac(keys.get(currentId), message);
    }

    /** HMAC-SHA256 of {@code message} under key {@code id}, or empty when the ring has no such key. */
    public Optional<byte[]> mac(String id, byte[] message) {
        if (!contains(id)) {
            return Optional.empty();
        }
        return Optional.of(mac(keys.get(id), message));
    }

    private static byte[] mac(SecretKeySpec key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            // Every Java runtime must provide HmacSHA256; reaching this means a broken JRE.
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "HmacKeyRing[current=" + currentId + ", ids=" + keys.keySet() + "]";
    }
}
