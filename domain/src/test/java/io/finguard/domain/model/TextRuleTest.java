package io.finguard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.signup.Address;
import io.finguard.domain.signup.Profile;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule for stored text: length in code points, not blank when required, no control characters, no half surrogates. */
class TextRuleTest {
    private static final TextRule NAME = new TextRule(1, 5);

    @Test
    void lengthIsCountedInCodePointsNotUtf16Units() {
        String fiveEmoji = "\uD83D\uDE00".repeat(5);
        assertThat(fiveEmoji).hasSize(10);

        assertThat(NAME.violation(fiveEmoji)).isEmpty();
        assertThat(NAME.violation(fiveEmoji + "a")).contains("must be 1-5 characters");
        assertThat(new TextRule(0, 5).violation("123456")).contains("must be at most 5 characters");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x9B, 0x9F})
    void everyC0AndC1ControlCharacterAndDelIsRefused(int control) {
        assertThat(NAME.violation("ab" + (char) control + "c")).contains(TextRule.PLAIN);
        assertThat(TextRule.isPlain(String.valueOf((char) control))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\uD800", "a\uDC00", "\uDC00\uD800", "ab\uD83D"})
    void halfOfASurrogatePairIsRefused(String broken) {
        assertThat(NAME.violation(broken)).contains(TextRule.PLAIN);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Zoë", "O'Neil", "李小龙", "Åsa-Li", "\uD83D\uDE00 x", "\u00A0a\u00A0"})
    void ordinaryTextOfAnyScriptIsPlain(String text) {
        assertThat(new TextRule(1, 20).violation(text)).isEmpty();
    }

    @Test
    void requiredTextIsNeitherMissingNorBlankButOptionalTextMayBeEmpty() {
        assertThat(NAME.violation(null)).contains("is required");
        assertThat(NAME.violation("   ")).contains("must not be blank");
        assertThat(NAME.violation("")).contains("must be 1-5 characters");
        assertThat(new TextRule(0, 5).violation("")).isEmpty();
    }

    @Test
    void theDomainRecordsHoldTheSameRule() {
        Address address = new Address("1 Way", null, "London", "N1", "GB");
        assertThatThrownBy(() -> new Profile("Er\u0000ika", "M", Optional.empty(), address))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstName");
        assertThatThrownBy(() -> new Profile("\uD83D\uDE00".repeat(101), "M", Optional.empty(), address))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstName must be 1-100 characters");
        assertThat(new Profile("\uD83D\uDE00".repeat(100), "M", Optional.empty(), address).firstName()).hasSize(200);
        assertThatThrownBy(() -> new Address("1 Way", "c/o \u0007", "London", "N1", "GB"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line2");
    }
}
