package io.finguard.bootstrap.config;

import java.util.Objects;

/** An HMAC key with the id stored next to every value it produced, so the key can rotate (pepper, OTP key). */
public record KeyedSecret(String id, Secret key) {
    public KeyedSecret {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
    }
}
