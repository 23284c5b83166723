package io.finguard.adapters.crypto.credential;

import io.finguard.domain.port.out.CommonPasswords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Common and breached passwords from a list shipped with this module (zxcvbn's list, about 49,000 entries,
 * see the NOTICE beside it), held in memory and compared ignoring case.
 */
public final class ShippedCommonPasswords implements CommonPasswords {
    /** Absolute: the list stays in the module's root resource folder, beside its NOTICE. */
    static final String RESOURCE = "/io/finguard/adapters/crypto/common-passwords.txt";

    private final Set<String> passwords;

    /** Reads the shipped list; a missing resource is a packaging bug and fails at startup. */
    public ShippedCommonPasswords() {
        this(readShippedList());
    }

    /** A list of one's own (for tests or an operator-supplied list). */
    public ShippedCommonPasswords(Collection<String> passwords) {
        Set<String> folded = new HashSet<>(passwords.size() * 2);
        for (String password : passwords) {
            String key = fold(Objects.requireNonNull(password, "password"));
            if (!key.isEmpty()) {
                folded.add(key);
            }
        }
        this.passwords = Set.copyOf(folded);
    }

    @Override
    public boolean contains(String normalized) {
        return normalized != null && passwords.contains(fold(normalized));
    }

    public int size() {
        return passwords.size();
    }

    /** NFKC then lower case (root locale, so a Turkish default locale cannot turn "I" into a dotless "ı"). */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Collection<String> readShippedList() {
        try (InputStream in = ShippedCommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
