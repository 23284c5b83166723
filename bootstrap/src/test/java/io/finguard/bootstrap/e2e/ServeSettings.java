package io.finguard.bootstrap.e2e;

import io.finguard.adapters.crypto.otp.AesKeyRing;
import io.finguard.adapters.crypto.phone.AesGcmPhoneVault;
import io.finguard.domain.model.PhoneNumber;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The FINGUARD_* environment of one service under test, as production would set it for serve: every key freshly
 * drawn from SecureRandom, a new P-256 signing key, Argon2id at the serve floor (defaults), codes delivered to
 * the test SMS gateway. Nothing is a dev switch.
 */
final class ServeSettings {
    static final String ISSUER = "https://auth.e2e.finguard.test";
    static final String AUDIENCE = "finguard-e2e";
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * The phone keys of every service of this JVM (see {@link #phoneKeys}): one index key, so tests find a number's rows
     * by {@link #phoneIndexHex}, and one sealing key.
     */
    private static final String PHONE_INDEX_KEY = randomKey();
    private static final String PHONE_KEY = randomKey();

    private ServeSettings() {
    }

    static Map<String, String> environment(String jdbcUrl, String dbUser, String dbPassword, String redisUrl, int httpPort,
                                           int managementPort, URI smsUrl, String smsKey, String adminToken) {
        KeyPair signing = p256();
        Map<String, String> env = new HashMap<>();
        env.put("FINGUARD_DATABASE_URL", jdbcUrl);
        env.put("FINGUARD_DATABASE_USER", dbUser);
        env.put("FINGUARD_DATABASE_PASSWORD", dbPassword);
        env.put("FINGUARD_REDIS_URL", redisUrl);
        env.put("FINGUARD_HTTP_PORT", Integer.toString(httpPort));
        env.put("FINGUARD_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("FINGUARD_SIGNING_KEY", pem("PRIVATE KEY", signing.getPrivate().getEncoded())
                + pem("PUBLIC KEY", signing.getPublic().getEncoded()));
        env.put("FINGUARD_SIGNING_KEY_ID", "e2e-" + HexFormat.of().toHexDigits(RANDOM.nextInt()));
        env.put("FINGUARD_ISSUER", ISSUER);
        env.put("FINGUARD_AUDIENCE", AUDIENCE);
        env.put("FINGUARD_PASSWORD_PEPPER", randomKey());
        env.put("FINGUARD_PASSWORD_PEPPER_ID", "pepper-e2e");
        env.put("FINGUARD_OTP_KEY", randomKey());
        env.put("FINGUARD_OTP_KEY_ID", "otp-e2e");
        env.put("FINGUARD_OUTBOX_KEY", randomKey());
        env.put("FINGUARD_OUTBOX_KEY_ID", "outbox-e2e");
        env.putAll(phoneKeys());
        env.put("FINGUARD_REFRESH_KEY", randomKey());
        env.put("FINGUARD_RATE_LIMIT_KEY", randomKey());
        env.put("FINGUARD_KYC_CALLBACK_KEY", randomKey());
        env.put("FINGUARD_ADMIN_TOKEN", adminToken);
        env.put("FINGUARD_ALLOWED_COUNTRIES", "+49,+43");
        env.put("FINGUARD_SMS_WEBHOOK_URL", smsUrl.toString());
        env.put("FINGUARD_SMS_WEBHOOK_KEY", smsKey);
        // Only the suite's proxy client may speak for others through X-Forwarded-For; every other client is its own peer.
        env.put("FINGUARD_TRUSTED_PROXIES", Loopback.PROXY.getHostAddress() + "/32");
        // Small pools: several services may run in one test JVM next to other helpers' builds on two cores.
        env.put("FINGUARD_DATABASE_POOL_SIZE", "8");
        return env;
    }

    /**
     * The keys every instance of one deployment shares (signing key, pepper, OTP, outbox, refresh and rate-limit keys; the
     * phone keys are the same in every environment of this JVM anyway), so
     * that what one instance issues another accepts; pass them as the chosen values of each instance.
     */
    static Map<String, String> deploymentKeys() {
        KeyPair signing = p256();
        Map<String, String> keys = new HashMap<>();
        keys.put("FINGUARD_SIGNING_KEY", pem("PRIVATE KEY", signing.getPrivate().getEncoded())
                + pem("PUBLIC KEY", signing.getPublic().getEncoded()));
        keys.put("FINGUARD_SIGNING_KEY_ID", "e2e-" + HexFormat.of().toHexDigits(RANDOM.nextInt()));
        keys.put("FINGUARD_PASSWORD_PEPPER", randomKey());
        keys.put("FINGUARD_OTP_KEY", randomKey());
        keys.put("FINGUARD_OUTBOX_KEY", randomKey());
        keys.put("FINGUARD_REFRESH_KEY", randomKey());
        keys.put("FINGUARD_RATE_LIMIT_KEY", randomKey());
        keys.put("FINGUARD_KYC_CALLBACK_KEY", randomKey());
        keys.put("FINGUARD_SMS_WEBHOOK_KEY", randomKey());
        return keys;
    }

    /**
     * The phone keys, the same for every service and every restart in this JVM: like the data they seal, they belong to
     * the database, and a service restarted on it (key rotation, outages) or a sibling instance must open its numbers.
     * {@code finguard migrate} needs them too.
     */
    static Map<String, String> phoneKeys() {
        return Map.of("FINGUARD_PHONE_INDEX_KEY", PHONE_INDEX_KEY, "FINGUARD_PHONE_KEY", PHONE_KEY, "FINGUARD_PHONE_KEY_ID", "phone-e2e");
    }

    /**
     * The blind index (hex) the services store for the number, as the production vault computes it: for SQL such as
     * {@code WHERE phone_index = decode(?, 'hex')}. The sealing key plays no part in the index.
     */
    static String phoneIndexHex(String e164) {
        AesGcmPhoneVault vault = new AesGcmPhoneVault(Base64.getDecoder().decode(PHONE_INDEX_KEY),
                AesKeyRing.single("unused", new byte[AesKeyRing.KEY_BYTES]));
        return HexFormat.of().formatHex(vault.index(PhoneNumber.of(e164)).bytes());
    }

    /** 32 random bytes, base64: the shape every FINGUARD_*_KEY takes. */
    static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static KeyPair p256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is part of every JDK", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
