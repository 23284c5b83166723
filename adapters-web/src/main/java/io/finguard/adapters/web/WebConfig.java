package io.finguard.adapters.web;

import io.finguard.domain.model.Sha256;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the HTTP API. Secrets are held only as what is needed to check them: the admin token as its
 * SHA-256 (hex), the KYC-callback HMAC key as bytes; {@link #toString()} never shows either.
 *
 * @param port                  TCP port of the public API; 0 picks a free one
 * @param managementPort        TCP port of health, metrics and the operator API (never served on {@code port});
 *                              0 picks a free one
 * @param trustedProxies        networks (e.g. {@code 10.0.0.0/8}) whose X-Forwarded-For is believed
 * @param maxBodyBytes          request body cap; larger bodies get 413
 * @param adminTokenSha256Hex   SHA-256 of the operator bearer token, 64 hex characters
 * @param kycCallbackKey        HMAC-SHA256 key the KYC provider signs callbacks with (at least 32 bytes)
 * @param meterRegistry         where request and business metrics go; scraped at /metrics
 * @param publicBaseUrl         how clients reach the API, e.g. {@code https://api.example.com}
 * @param meterBinders          further metrics to bind (e.g. the hashing pool's wait), may be empty
 * @param shutdownGrace         how long stop() waits for in-flight requests
 * @param requireDpop           refuse sessions without a DPoP key: tokens are issued only for a proof, Bearer tokens refused
 */
public record WebConfig(int port, int managementPort, List<Cidr> trustedProxies, int maxBodyBytes,
                        String adminTokenSha256Hex, byte[] kycCallbackKey, PrometheusMeterRegistry meterRegistry, String publicBaseUrl,
                        List<MeterBinder> meterBinders, Duration shutdownGrace, boolean requireDpop) {
    public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024;
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);
    private static final int MIN_HMAC_KEY_BYTES = 32;

    public WebConfig {
        if (port < 0 || port > 65_535 || managementPort < 0 || managementPort > 65_535) {
            throw new IllegalArgumentException("ports must be 0-65535");
        }
        if (port != 0 && port == managementPort) {
            throw new IllegalArgumentException("the management port must differ from the API port");
        }
        trustedProxies = List.copyOf(trustedProxies);
        if (maxBodyBytes < 256 || maxBodyBytes > 1024 * 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be 256 B - 1 MiB");
        }
        Objects.requireNonNull(adminTokenSha256Hex, "adminTokenSha256Hex");
        if (!adminTokenSha256Hex.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("adminTokenSha256Hex must be 64 hex characters");
        }
        adminTokenSha256Hex = adminTokenSha256Hex.toLowerCase(java.util.Locale.ROOT);
        Objects.requireNonNull(kycCallbackKey, "kycCallbackKey");
        if (kycCallbackKey.length < MIN_HMAC_KEY_BYTES) {
            throw new IllegalArgumentException("kycCallbackKey must be at least " + MIN_HMAC_KEY_BYTES + " bytes");
        }
        kycCallbackKey = kycCallbackKey.clone();
        Objects.requireNonNull(meterRegistry, "meterRegistry");
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        if (!publicBaseUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new IllegalArgumentException("publicBaseUrl must be an http(s) URL");
        }
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        meterBinders = List.copyOf(meterBinders);
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative");
        }
    }

    /** Defaults: a free management port, no trusted proxy, 16 KiB bodies, no extra binders, 10 s shutdown grace. */
    public static WebConfig of(int port, String adminTokenSha256Hex, byte[] kycCallbackKey,
                               PrometheusMeterRegistry meterRegistry, String publicBaseUrl) {
        return new WebConfig(port, 0, List.of(), DEFAULT_MAX_BODY_BYTES, adminTokenSha256Hex, kycCallbackKey,
                meterRegistry, publicBaseUrl, List.of(), DEFAULT_SHUTDOWN_GRACE, false);
    }

    public WebConfig withManagementPort(int managementPort) {
        return new WebConfig(port, managementPort, trustedProxies, maxBodyBytes, adminTokenSha256Hex, kycCallbackKey,
                meterRegistry, publicBaseUrl, meterBinders, shutdownGrace, requireDpop);
    }

    public WebConfig withTrustedProxies(List<Cidr> cidrs) {
        return new WebConfig(port, managementPort, cidrs, maxBodyBytes, adminTokenSha256Hex, kycCallbackKey, meterRegistry,
                publicBaseUrl, meterBinders, shutdownGrace, requireDpop);
    }

    public WebConfig withMaxBodyBytes(int bytes) {
        return new WebConfig(port, managementPort, trustedProxies, bytes, adminTokenSha256Hex, kycCallbackKey, meterRegistry,
                publicBaseUrl, meterBinders, shutdownGrace, requireDpop);
    }

    public WebConfig withMeterBinders(List<MeterBinder> binders) {
        return new WebConfig(port, managementPort, trustedProxies, maxBodyBytes, adminTokenSha256Hex, kycCallbackKey,
                meterRegistry, publicBaseUrl, binders, shutdownGrace, requireDpop);
    }

    public WebConfig withShutdownGrace(Duration grace) {
        return new WebConfig(port, managementPort, trustedProxies, maxBodyBytes, adminTokenSha256Hex, kycCallbackKey,
                meterRegistry, publicBaseUrl, meterBinders, grace, requireDpop);
    }

    public WebConfig withRequireDpop(boolean required) {
        return new WebConfig(port, managementPort, trustedProxies, maxBodyBytes, adminTokenSha256Hex, kycCallbackKey,
                meterRegistry, publicBaseUrl, meterBinders, shutdownGrace, required);
    }

    /** A copy, so the caller cannot change the key under a running server. */
    @Override
    public byte[] kycCallbackKey() {
        return kycCallbackKey.clone();
    }

    /** The SHA-256 of a token as lower-case hex: what {@code adminTokenSha256Hex} holds. */
    public static String sha256Hex(String token) {
        return Sha256.hex(token);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebConfig that && port == that.port && managementPort == that.managementPort
                && maxBodyBytes == that.maxBodyBytes
                && trustedProxies.equals(that.trustedProxies) && adminTokenSha256Hex.equals(that.adminTokenSha256Hex)
                && Arrays.equals(kycCallbackKey, that.kycCallbackKey) && meterRegistry == that.meterRegistry
                && publicBaseUrl.equals(that.publicBaseUrl) && meterBinders.equals(that.meterBinders)
                && shutdownGrace.equals(that.shutdownGrace) && requireDpop == that.requireDpop;
    }

    @Override
    public int hashCode() {
        return Objects.hash(port, managementPort, trustedProxies, maxBodyBytes, publicBaseUrl, shutdownGrace);
    }

    @Override
    public String toString() {
        return "WebConfig[port=" + port + ", managementPort=" + managementPort + ", trustedProxies=" + trustedProxies + ", maxBodyBytes=" + maxBodyBytes
                + ", publicBaseUrl=" + publicBaseUrl + ", meterBinders=" + meterBinders.size()
                + ", shutdownGrace=" + shutdownGrace + ", requireDpop=" + requireDpop + ", secrets redacted]";
    }
}
