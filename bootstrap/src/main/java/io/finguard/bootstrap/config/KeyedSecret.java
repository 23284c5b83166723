package io.finguard.bootstrap.config;

import java.util.Objects;

/** A key with the id stored next to every value it produced, so the key can rotate (pepper, OTP key, outbox key). */
public record KeyedSecret(String id, Secret key) {
    public KeyedSecret {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
    }
}
