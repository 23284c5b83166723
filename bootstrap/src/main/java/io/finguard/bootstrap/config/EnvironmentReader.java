package io.finguard.bootstrap.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    private final Map<Setting, Secret> keys = new LinkedHashMap<>();

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

    /** A base64 key of at least 32 bytes that is not an example value (serve) nor one repeated byte. */
    Secret key(Setting setting) {
        String text = required(setting, SecretRules.KEY_HINT);
        if (text == null || refusedAsExample(setting, text)) {
            return null;
        }
        Optional<byte[]> bytes = SecretRules.decodeBase64(text);
        if (bytes.isEmpty()) {
            problem(setting, "not base64 (" + SecretRules.KEY_HINT + ")");
            return null;
        }
        Secret key = accepted(setting, SecretRules.keyWeakness(bytes.get()), () -> Secret.ofBytes(bytes.get()));
        if (key != null) {
            keys.put(setting, key);
        }
        return key;
    }

    /**
     * One key per purpose: a leak of one (say, the SMS webhook key) must not also forge OTP hashes. Every key read
     * through {@link #key} takes part, compared by its bytes, so base64 and base64url spellings of one key are one.
     */
    void refuseReusedKeys() {
        List<Map.Entry<Setting, Secret>> read = List.copyOf(keys.entrySet());
        for (int later = 1; later < read.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                if (read.get(later).getValue().equals(read.get(earlier).getValue())) {
                    problem(read.get(later).getKey(), "same value as " + read.get(earlier).getKey().key()
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
        if (mode == Mode.SERVE && SecretRules.isExample(value)) {
            problem(setting, "an example value (contains \"" + SecretRules.EXAMPLE_MARKER
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
