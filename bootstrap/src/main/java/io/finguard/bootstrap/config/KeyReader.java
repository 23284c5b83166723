package io.finguard.bootstrap.config;

import io.finguard.adapters.crypto.AesKeyRing;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the server-side keys into {@link KeySettings}: the rotating ones with their ids and previous keys, the
 * others as single values, and refuses any key configured twice, for two purposes or two ids.
 */
final class KeyReader {
    private KeyReader() {
    }

    static KeySettings keys(EnvironmentReader in) {
        RotatingSecret pepper = rotating(in, Setting.PASSWORD_PEPPER, Setting.PASSWORD_PEPPER_ID, Setting.PREVIOUS_PEPPERS);
        RotatingSecret otpKey = rotating(in, Setting.OTP_KEY, Setting.OTP_KEY_ID, Setting.PREVIOUS_OTP_KEYS);
        RotatingSecret outboxKey = aes256(in, rotating(in, Setting.OUTBOX_KEY, Setting.OUTBOX_KEY_ID, Setting.PREVIOUS_OUTBOX_KEYS));
        Secret refreshKey = in.key(Setting.REFRESH_KEY);
        Secret rateLimitKey = in.key(Setting.RATE_LIMIT_KEY);
        Secret kycKey = in.key(Setting.KYC_CALLBACK_KEY);
        Secret adminToken = in.token(Setting.ADMIN_TOKEN);
        List<NamedKey> all = new ArrayList<>();
        current(all, Setting.PASSWORD_PEPPER, pepper);
        current(all, Setting.OTP_KEY, otpKey);
        current(all, Setting.OUTBOX_KEY, outboxKey);
        all.add(new NamedKey(Setting.REFRESH_KEY, "", refreshKey));
        all.add(new NamedKey(Setting.RATE_LIMIT_KEY, "", rateLimitKey));
        all.add(new NamedKey(Setting.KYC_CALLBACK_KEY, "", kycKey));
        previous(all, Setting.PREVIOUS_PEPPERS, pepper);
        previous(all, Setting.PREVIOUS_OTP_KEYS, otpKey);
        previous(all, Setting.PREVIOUS_OUTBOX_KEYS, outboxKey);
        refuseReuse(in, all);
        return in.hasProblems() ? null : new KeySettings(pepper, otpKey, outboxKey, refreshKey, rateLimitKey, kycKey, adminToken);
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
    private static RotatingSecret aes256(EnvironmentReader in, RotatingSecret keys) {
        if (keys == null) {
            return null;
        }
        boolean fits = exactly32(in, Setting.OUTBOX_KEY, "", keys.current());
        for (KeyedSecret old : keys.previous()) {
            fits &= exactly32(in, Setting.PREVIOUS_OUTBOX_KEYS, old.id() + ": ", old);
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

    /** One configured key and where it came from: a setting, and for a previous key its id. */
    private record NamedKey(Setting setting, String id, Secret key) {
        String name() {
            return id.isEmpty() ? setting.key() : setting.key() + " " + id;
        }
    }

    private static void current(List<NamedKey> all, Setting setting, RotatingSecret keys) {
        if (keys != null) {
            all.add(new NamedKey(setting, "", keys.current().key()));
        }
    }

    private static void previous(List<NamedKey> all, Setting setting, RotatingSecret keys) {
        if (keys != null) {
            keys.previous().forEach(old -> all.add(new NamedKey(setting, old.id(), old.key())));
        }
    }

    /**
     * One key per purpose, and no key twice: a leak of one (say, the KYC callback key) must not also forge OTP hashes,
     * and a previous key is one that was rotated out, never a current key under a second id.
     */
    private static void refuseReuse(EnvironmentReader in, List<NamedKey> keys) {
        for (int later = 1; later < keys.size(); later++) {
            NamedKey key = keys.get(later);
            for (int earlier = 0; earlier < later; earlier++) {
                if (key.key() != null && key.key().equals(keys.get(earlier).key())) {
                    in.problem(key.setting(), (key.id().isEmpty() ? "" : key.id() + ": ") + "same value as "
                            + keys.get(earlier).name() + "; every key must be distinct");
                    break;
                }
            }
        }
    }
}
