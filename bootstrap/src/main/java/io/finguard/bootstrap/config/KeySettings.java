package io.finguard.bootstrap.config;

import java.util.Objects;

/**
 * The server-side secrets: the password/PIN pepper, the OTP key and the outbox key (all with ids and previous keys,
 * so they rotate), the keys of stored phone numbers, the refresh-token key, the key that hashes phone numbers inside Redis keys, the KYC callback
 * signing key, and the admin credential.
 */
public record KeySettings(
        RotatingSecret passwordPepper,
        RotatingSecret otpKey,
        RotatingSecret outboxKey,
        PhoneKeys phoneKeys,
        Secret refreshKey,
        Secret rateLimitKey,
        Secret kycCallbackKey,
        Secret adminToken) {

    public KeySettings {
        Objects.requireNonNull(passwordPepper, "passwordPepper");
        Objects.requireNonNull(otpKey, "otpKey");
        Objects.requireNonNull(outboxKey, "outboxKey");
        Objects.requireNonNull(phoneKeys, "phoneKeys");
        Objects.requireNonNull(refreshKey, "refreshKey");
        Objects.requireNonNull(rateLimitKey, "rateLimitKey");
        Objects.requireNonNull(kycCallbackKey, "kycCallbackKey");
        Objects.requireNonNull(adminToken, "adminToken");
    }
}
