package io.finguard.bootstrap.config;

import io.finguard.adapters.crypto.key.KeyIds;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads single {@code FINGUARD_*} values and collects one line per problem. A reader method answers null after
 * recording a problem; {@link #result} builds the configuration only when no problem was recorded, so the
 * nulls never leave this package.
 */
final class EnvironmentReader {
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Map<String, String> env;
    private final Mode mode;
    private final List<String> problems = new ArrayList<>();
    /** Every key read so far, in reading order, for {@link #refuseReusedKeys}. */
    private final List<ReadKey> keys = new ArrayList<>();

    EnvironmentReader(Map<String, String> env, Mode mode) {
        // Sorted, so problems about unknown names come out in a stable order.
        this.env = new TreeMap<>(Objects.requireNonNull(env, "env"));
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    Mode mode() {
        return mode;
    }

    void problem(Setting setting, String message) {
        problems.add(setting.key() + ": " + message);
    }

    /** The text as a URI, or null with {@code problem} recorded against the setting. */
    URI uri(Setting setting, String text, String problem) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            problem(setting, problem);
            return null;
        }
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    <T> Validated<T> result(Supplier<T> build) {
        return problems.isEmpty() ? new Validated.Valid<>(build.get()) : new Validated.Invalid<>(problems);
    }

    /** Names that look like FinGuard settings but are not, and (in serve) every dev-only switch. */
    void refuseUnknownNames() {
        for (String key : env.keySet()) {
            if (!key.startsWith(Setting.PREFIX) || key.startsWith(Setting.TEST_PREFIX)) {
                continue;
            }
            if (mode == Mode.SERVE && key.startsWith(Setting.DEV_PREFIX)) {
                problems.add(key + ": dev-only switch; serve never enables it (unset it)");
            } else if (Setting.byKey(key).isEmpty()) {
                problems.add(key + ": unknown setting (misspelt?)");
            }
        }
    }

    Optional<String> optional(Setting setting) {
        String value = env.get(setting.key());
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    String required(Setting setting, String hint) {
        Optional<String> value = optional(setting);
        if (value.isEmpty()) {
            problem(setting, "missing (" + hint + ")");
            return null;
        }
        return value.get();
    }

    String orDefault(Setting setting, String fallback) {
        return optional(setting).orElse(fallback);
    }

    /** A whole number in [min, max]; {@code rule} says why the bounds are what they are when one is broken. */
    Integer integer(Setting setting, int fallback, int min, int max, String rule) {
        Optional<String> text = optional(setting);
        if (text.isEmpty()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            problem(setting, "'" + text.get() + "' is not a whole number");
            return null;
        }
        if (value < min || value > max) {
            problem(setting, value + " is out of range " + min + ".." + max + " (" + rule + ")");
            return null;
        }
        return value;
    }

    /** An id stored next to derived values (key ids): URL-safe, since it ends up in JWT headers and JWKS. */
    String keyId(Setting setting) {
        String value = required(setting, "an id such as 2026-01; 1-64 of A-Z a-z 0-9 . _ -");
        if (value != null && !KEY_ID.matcher(value).matches()) {
            problem(setting, "'" + value + "' is not an id (1-64 of A-Z a-z 0-9 . _ -)");
            return null;
        }
        return value;
    }

    /** The id of a key that rotates: it is stored next to everything the key made, so the crypto rule applies. */
    String rotatingKeyId(Setting setting) {
        String value = required(setting, "an id such as k2026-01; " + KeyIds.RULE);
        if (value != null && !KeyIds.isValid(value)) {
            problem(setting, "'" + value + "' is not a key id (" + KeyIds.RULE + ")");
            return null;
        }
        return value;
    }

    /** A base64 key of at least 32 bytes that is not an example value (serve) nor one repeated byte. */
    Secret key(Setting setting) {
        String text = required(setting, SecretRules.KEY_HINT);
        return text == null ? null : keyValue(setting, "", text);
    }

    /**
     * Rotated-out keys as comma-separated {@code id=<base64 key>}, each checked like a current key; none may reuse
     * the current key's id ({@code currentId}, named by {@code idSetting}) or another entry's. Empty when unset; null
     * after a problem. A malformed entry is named by its position only, since its text may be key material.
     */
    List<KeyedSecret> previousKeys(Setting setting, Setting idSetting, String currentId) {
        List<KeyedSecret> keys = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean bad = false;
        String[] entries = orDefault(setting, "").split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            int split = entry.indexOf('=');
            String id = split > 0 ? entry.substring(0, split).strip() : "";
            if (entry.isEmpty()) {
                continue;
            }
            if (!KeyIds.isValid(id)) {
                problem(setting, "entry " + (i + 1) + " is not id=<base64 key> with an id of " + KeyIds.RULE);
                bad = true;
            } else if (id.equals(currentId)) {
                problem(setting, "id '" + id + "' is also " + idSetting.key() + "; a previous key needs an id of its own");
                bad = true;
            } else if (!ids.add(id)) {
                problem(setting, "id '" + id + "' is listed twice");
                bad = true;
            } else {
                Secret key = keyValue(setting, id + ": ", entry.substring(split + 1));
                if (key == null) {
                    bad = true;
                } else {
                    keys.add(new KeyedSecret(id, key));
                }
            }
        }
        return bad ? null : keys;
    }

    /** {@code text} as key bytes, or null after a problem that {@code label} prefixes (naming, never showing, the key). */
    private Secret keyValue(Setting setting, String label, String text) {
        if (refusedAsExample(setting, label, text)) {
            return null;
        }
        Optional<byte[]> bytes = SecretRules.decodeBase64(text);
        if (bytes.isEmpty()) {
            problem(setting, label + "not base64 (" + SecretRules.KEY_HINT + ")");
            return null;
        }
        Optional<String> weakness = SecretRules.keyWeakness(bytes.get()).map(reason -> label + reason);
        Secret key = accepted(setting, weakness, () -> Secret.ofBytes(bytes.get()));
        if (key != null) {
            keys.add(new ReadKey(setting, label, key));
        }
        return key;
    }

    /** A key as read: its setting, the label of a previous key's id (else empty), and its bytes. */
    private record ReadKey(Setting setting, String label, Secret key) {
        String name() {
            return label.isEmpty() ? setting.key() : setting.key() + " " + label.substring(0, label.length() - 2);
        }
    }

    /**
     * One key per purpose, and no key twice: a leak of one (say, the SMS webhook key) must not also forge OTP hashes,
     * and a previous key is one rotated out, never a current key under a second id. Every key read through
     * {@link #key} or {@link #previousKeys} takes part, compared by its bytes, so base64 and base64url spellings
     * of one key are one.
     */
    void refuseReusedKeys() {
        for (int later = 1; later < keys.size(); later++) {
            ReadKey key = keys.get(later);
            for (int earlier = 0; earlier < later; earlier++) {
                if (key.key().equals(keys.get(earlier).key())) {
                    problem(key.setting(), key.label() + "same value as " + keys.get(earlier).name()
                            + "; every key must be distinct");
                    break;
                }
            }
        }
    }

    /** A credential typed by people or scripts: at least 32 characters, not an example value (serve). */
    Secret token(Setting setting) {
        String text = required(setting, SecretRules.TOKEN_HINT);
        if (text == null || refusedAsExample(setting, text)) {
            return null;
        }
        return accepted(setting, SecretRules.tokenWeakness(text), () -> Secret.ofText(text));
    }

    /** In serve, a value copied from a sample or the docs must never guard real data. */
    boolean refusedAsExample(Setting setting, String value) {
        return refusedAsExample(setting, "", value);
    }

    private boolean refusedAsExample(Setting setting, String label, String value) {
        if (mode == Mode.SERVE && SecretRules.isExample(value)) {
            problem(setting, label + "an example value (contains \"" + SecretRules.EXAMPLE_MARKER
                    + "\" in some case); serve needs a real secret");
            return true;
        }
        return false;
    }

    /** Comma-separated items, each parsed or reported; null when any item is bad. */
    <T> List<T> list(Setting setting, String fallback, Function<String, Optional<T>> parse, String expected) {
        String text = orDefault(setting, fallback);
        List<T> items = new ArrayList<>();
        boolean bad = false;
        for (String raw : text.split(",")) {
            String item = raw.strip();
            if (item.isEmpty()) {
                continue;
            }
            Optional<T> parsed = parse.apply(item);
            if (parsed.isPresent()) {
                items.add(parsed.get());
            } else {
                problem(setting, "'" + item + "' is not " + expected);
                bad = true;
            }
        }
        return bad ? null : items;
    }

    /** Comma-separated items, each read by {@code parse}, whose refusal message (naming the item) is reported. */
    <T> List<T> strictList(Setting setting, String fallback, Function<String, T> parse) {
        List<T> items = new ArrayList<>();
        boolean bad = false;
        for (String raw : orDefault(setting, fallback).split(",")) {
            String item = raw.strip();
            if (item.isEmpty()) {
                continue;
            }
            try {
                items.add(parse.apply(item));
            } catch (IllegalArgumentException e) {
                problem(setting, e.getMessage());
                bad = true;
            }
        }
        return bad ? null : items;
    }

    private Secret accepted(Setting setting, Optional<String> weakness, Supplier<Secret> secret) {
        if (weakness.isPresent()) {
            problem(setting, weakness.get());
            return null;
        }
        return secret.get();
    }
}
