package io.finguard.bootstrap.config;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A key that rotates by id (pepper, OTP key, outbox key): the current key makes every new value, the previous
 * ones only check or open values made before the rotation, until those are rehashed or gone.
 */
public record RotatingSecret(KeyedSecret current, List<KeyedSecret> previous) {
    public RotatingSecret {
        Objects.requireNonNull(current, "current");
        previous = List.copyOf(previous);
        Set<String> ids = new HashSet<>();
        ids.add(current.id());
        for (KeyedSecret key : previous) {
            if (!ids.add(key.id())) {
                throw new IllegalArgumentException("key id " + key.id() + " is used twice");
            }
        }
    }

    /** Every key's bytes by id, the current one first: what a key ring is built from. */
    public Map<String, byte[]> bytesById() {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        keys.put(current.id(), current.key().bytes());
        previous.forEach(key -> keys.put(key.id(), key.key().bytes()));
        return keys;
    }
}
