package io.finguard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A refresh-token digest is SHA-256 as 64 lower-case hex characters, and prints only a short prefix. */
class TokenDigestTest {
    private static final String HEX = "0123456789abcdef".repeat(4);

    @Test
    void acceptsSixtyFourLowerCaseHexCharacters() {
        assertThat(new TokenDigest(HEX).hex()).isEqualTo(HEX);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde",    // 63
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0",  // 65
        "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef",   // upper case
        "0123456789abcdeg0123456789abcdef0123456789abcdef0123456789abcdef",   // not hex
        ""
    })
    void refusesAnythingElse(String hex) {
        assertThatIllegalArgumentException().isThrownBy(() -> new TokenDigest(hex));
    }

    @Test
    void toStringShowsOnlyTheFirstEightCharacters() {
        assertThat(new TokenDigest(HEX).toString()).isEqualTo("TokenDigest[01234567...]").doesNotContain(HEX.substring(8, 16));
    }
}
