package io.finguard.bootstrap.config;

import io.finguard.adapters.crypto.otp.AesKeyRing;
import java.util.List;

/**
 * Reads the server-side keys into {@link KeySettings}: the rotating ones with their ids and previous keys, the
 * others as single values. Keys used twice are refused by {@link EnvironmentReader#refuseReusedKeys}, over every key read.
 */
final class KeyReader {
    private KeyReader() {
    }

    static KeySettings keys(EnvironmentReader in) {
        RotatingSecret pepper = rotating(in, Setting.PASSWORD_PEPPER, Setting.PASSWORD_PEPPER_ID, Setting.PREVIOUS_PEPPERS);
        RotatingSecret otpKey = rotating(in, Setting.OTP_KEY, Setting.OTP_KEY_ID, Setting.PREVIOUS_OTP_KEYS);
        RotatingSecret outboxKey = aes256(in, rotating(in, Setting.OUTBOX_KEY, Setting.OUTBOX_KEY_ID, Setting.PREVIOUS_OUTBOX_KEYS),
                Setting.OUTBOX_KEY, Setting.PREVIOUS_OUTBOX_KEYS);
        PhoneKeys phoneKeys = phoneKeys(in);
        Secret refreshKey = in.key(Setting.REFRESH_KEY);
        Secret rateLimitKey = in.key(Setting.RATE_LIMIT_KEY);
        Secret kycKey = in.key(Setting.KYC_CALLBACK_KEY);
        Secret adminToken = in.token(Setting.ADMIN_TOKEN);
        return in.hasProblems() ? null : new KeySettings(pepper, otpKey, outboxKey, phoneKeys, refreshKey, rateLimitKey, kycKey,
                adminToken);
    }

    /** The blind-index key (HMAC, >= 32 bytes, no rotation) and the rotating AES-256 key of stored phone numbers. */
    static PhoneKeys phoneKeys(EnvironmentReader in) {
        Secret indexKey = in.key(Setting.PHONE_INDEX_KEY);
        RotatingSecret sealKey = aes256(in, rotating(in, Setting.PHONE_KEY, Setting.PHONE_KEY_ID, Setting.PREVIOUS_PHONE_KEYS),
                Setting.PHONE_KEY, Setting.PREVIOUS_PHONE_KEYS);
        return indexKey == null || sealKey == null ? null : new PhoneKeys(indexKey, sealKey);
    }

    /** A current key with its id and the rotated-out keys that still check or open what they made; null after a problem. */
    private static RotatingSecret rotating(EnvironmentReader in, Setting key, Setting id, Setting previous) {
        Secret current = in.key(key);
        String currentId = in.rotatingKeyId(id);
        List<KeyedSecret> old = in.previousKeys(previous, id, currentId);
        return current == null || currentId == null || old == null ? null
                : new RotatingSecret(new KeyedSecret(currentId, current), old);
    }

    /** AES-256 takes its key as given: exactly 32 bytes, where the HMAC keys accept longer ones. */
    private static RotatingSecret aes256(EnvironmentReader in, RotatingSecret keys, Setting current, Setting previous) {
        if (keys == null) {
            return null;
        }
        boolean fits = exactly32(in, current, "", keys.current());
        for (KeyedSecret old : keys.previous()) {
            fits &= exactly32(in, previous, old.id() + ": ", old);
        }
        return fits ? keys : null;
    }

    private static boolean exactly32(EnvironmentReader in, Setting setting, String label, KeyedSecret key) {
        if (key.key().length() == AesKeyRing.KEY_BYTES) {
            return true;
        }
        in.problem(setting, label + "an AES-256 key is exactly " + AesKeyRing.KEY_BYTES + " bytes, not " + key.key().length()
                + " (openssl rand -base64 32)");
        return false;
    }
}
