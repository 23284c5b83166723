package io.finguard.bootstrap.config;

import io.finguard.domain.retention.RetentionPolicy;
import io.finguard.domain.model.RegisteredClient;
import io.finguard.domain.txauth.ScaExemptions;
import java.util.List;
import java.util.Objects;

/** Everything the service is configured with (clients: the resource servers that may introspect and revoke; retention: how long ended records are kept; webhooks: the subscribers of domain events), read once at start from {@code FINGUARD_*} variables and validated. */
public record FinGuardConfig(
        Mode mode,
        DatabaseSettings database,
        RedisSettings redis,
        HttpSettings http,
        TokenSettings tokens,
        KeySettings keys,
        PhoneSettings phones,
        OtpSettings otp,
        HashingSettings hashing,
        String currency,
        SmsSettings sms,
        DevSwitches dev,
        PhoneLifecycleSettings phoneLifecycle,
        LoadSettings load,
        SessionSettings sessions,
        List<RegisteredClient> clients,
        WebAuthnSettings webAuthn,
        PhoneSignalConfig phoneSignals,
        RetentionPolicy retention,
        ScaExemptions scaExemptions,
        WebhookSettings webhooks) {

    public FinGuardConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(phones, "phones");
        Objects.requireNonNull(otp, "otp");
        Objects.requireNonNull(hashing, "hashing");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(sms, "sms");
        Objects.requireNonNull(dev, "dev");
        Objects.requireNonNull(phoneLifecycle, "phoneLifecycle");
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(sessions, "sessions");
        clients = List.copyOf(clients);
        Objects.requireNonNull(webAuthn, "webAuthn");
        Objects.requireNonNull(phoneSignals, "phoneSignals");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(scaExemptions, "scaExemptions");
        Objects.requireNonNull(webhooks, "webhooks");
        if (mode == Mode.SERVE && !dev.equals(DevSwitches.NONE)) {
            throw new IllegalArgumentException("serve never runs with dev switches");
        }
    }

    /** What migrating the database before the start needs of this configuration. */
    public MigrationSettings migration() {
        return new MigrationSettings(database, keys.phoneKeys());
    }
}
