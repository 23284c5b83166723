package io.finguard.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.port.out.CommonPasswords;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link CommonPasswords} list does: it holds the passwords every breach corpus starts with,
 * compares whole passwords ignoring case, and leaves a long random passphrase alone.
 */
public abstract class CommonPasswordsContract {

    protected abstract CommonPasswords passwords();

    private CommonPasswords passwords;

    @BeforeEach
    void freshList() {
        passwords = passwords();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "123456", "12345678", "qwerty", "iloveyou", "letmein", "abc123"})
    void thePasswordsAtTheTopOfEveryBreachListAreContained(String common) {
        assertThat(passwords.contains(common)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PASSWORD", "Password", "pAsSwOrD", "QWERTY", "ILOVEYOU", "LetMeIn", "ABC123"})
    void theComparisonIgnoresCase(String shouted) {
        assertThat(passwords.contains(shouted)).isTrue();
    }

    @Test
    void aLongRandomPassphraseIsNotContained() {
        String passphrase = "glacier-" + UUID.randomUUID() + "-orbit-" + UUID.randomUUID();

        assertThat(passwords.contains(passphrase)).isFalse();
        assertThat(passwords.contains(passphrase.toUpperCase())).isFalse();
    }

    @Test
    void wholePasswordsAreComparedNotParts_aCommonWordInsideALongerPasswordIsNotContained() {
        String suffix = UUID.randomUUID().toString();

        assertThat(passwords.contains("password-" + suffix)).isFalse();
        assertThat(passwords.contains(suffix + "qwerty")).isFalse();
    }

    @Test
    void theEmptyStringIsNotAPassword() {
        assertThat(passwords.contains("")).isFalse();
    }
}
