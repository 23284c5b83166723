package io.finguard.bootstrap.config;

import java.net.URI;
import java.util.Objects;

/**
 * Where Redis is: {@code redis://[user:password@]host[:port][/db]} (or {@code rediss://} for TLS), a Sentinel-watched
 * master {@code redis-sentinel://h1:26379,h2:26379/<master>[/db]}, or a Cluster {@code redis-cluster://h1:p,h2:p}.
 */
public record RedisSettings(URI url) {
    public RedisSettings {
        Objects.requireNonNull(url, "url");
    }

    /** The URL without its credentials, fit for logs. */
    public String redacted() {
        // Not getRawUserInfo: a URI with several hosts (sentinels, cluster seeds) has a registry authority, no user info.
        return url.toString().replaceFirst("//[^@/]*@", "//***@");
    }

    @Override
    public String toString() {
        return "RedisSettings[url=" + redacted() + "]";
    }
}
