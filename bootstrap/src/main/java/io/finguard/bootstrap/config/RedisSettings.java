package io.finguard.bootstrap.config;

import java.net.URI;
import java.util.Objects;

/** Where Redis is: {@code redis://[user:password@]host[:port][/db]} or {@code rediss://} for TLS. */
public record RedisSettings(URI url) {
    public RedisSettings {
        Objects.requireNonNull(url, "url");
    }

    /** The URL without its credentials, fit for logs. */
    public String redacted() {
        String userInfo = url.getRawUserInfo();
        return userInfo == null ? url.toString() : url.toString().replace(userInfo + "@", "***@");
    }

    @Override
    public String toString() {
        return "RedisSettings[url=" + redacted() + "]";
    }
}
