package io.finguard.bootstrap.config;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** A complete, valid set of FINGUARD_* variables for serve, made fresh for each test; tests then break one value. */
public final class ServeEnvironment {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ServeEnvironment() {
    }

    public static Map<String, String> valid() {
        KeyPair pair = p256();
        Map<String, String> env = new HashMap<>();
        env.put("FINGUARD_DATABASE_URL", "jdbc:postgresql://db.internal:5432/finguard");
        env.put("FINGUARD_DATABASE_USER", "finguard");
        env.put("FINGUARD_DATABASE_PASSWORD", "s3cret-db-password");
        env.put("FINGUARD_REDIS_URL", "redis://redis.internal:6379");
        env.put("FINGUARD_HTTP_PORT", "9090");
        env.put("FINGUARD_SIGNING_KEY", pem("PRIVATE KEY", pair.getPrivate().getEncoded())
                + pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        env.put("FINGUARD_SIGNING_KEY_ID", "2026-01");
        env.put("FINGUARD_ISSUER", "https://auth.finguard.test");
        env.put("FINGUARD_AUDIENCE", "finguard-api");
        env.put("FINGUARD_PASSWORD_PEPPER", randomKey());
        env.put("FINGUARD_PASSWORD_PEPPER_ID", "pepper-1");
        env.put("FINGUARD_OTP_KEY", randomKey());
        env.put("FINGUARD_OTP_KEY_ID", "otp-1");
        env.put("FINGUARD_OUTBOX_KEY", randomKey());
        env.put("FINGUARD_OUTBOX_KEY_ID", "outbox-1");
        env.put("FINGUARD_PHONE_INDEX_KEY", randomKey());
        env.put("FINGUARD_PHONE_KEY", randomKey());
        env.put("FINGUARD_PHONE_KEY_ID", "phone-1");
        env.put("FINGUARD_REFRESH_KEY", randomKey());
        env.put("FINGUARD_RATE_LIMIT_KEY", randomKey());
        env.put("FINGUARD_KYC_CALLBACK_KEY", randomKey());
        env.put("FINGUARD_ADMIN_TOKEN", randomKey());
        env.put("FINGUARD_ALLOWED_COUNTRIES", "+49, +43,+41");
        env.put("FINGUARD_SMS_WEBHOOK_URL", "https://sms.finguard.test/send");
        env.put("FINGUARD_SMS_WEBHOOK_KEY", randomKey());
        return env;
    }

    public static Map<String, String> with(String key, String value) {
        Map<String, String> env = valid();
        env.put(key, value);
        return env;
    }

    public static Map<String, String> without(String key) {
        Map<String, String> env = valid();
        env.remove(key);
        return env;
    }

    public static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    public static KeyPair p256() {
        return ecKeyPair("secp256r1");
    }

    public static KeyPair ecKeyPair(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
