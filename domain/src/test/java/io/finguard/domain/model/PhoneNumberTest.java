package io.finguard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Strict E.164: '+', a non-zero first digit, 8 to 15 ASCII digits; logs only ever see a masked form. */
class PhoneNumberTest {

    /** "+1", "+12", ... "+123456789012345": every digit count from 1 to 15, digits 1..9,0 cycling. */
    private static String withDigits(int count) {
        StringBuilder sb = new StringBuilder("+");
        IntStream.rangeClosed(1, count).forEach(i -> sb.append(i % 10));
        return sb.toString();
    }

    static Stream<String> validLengths() {
        return IntStream.rangeClosed(8, 15).mapToObj(PhoneNumberTest::withDigits);
    }

    @ParameterizedTest
    @MethodSource("validLengths")
    void acceptsEveryLengthFrom8To15Digits(String e164) {
        assertThat(PhoneNumber.of(e164).e164()).isEqualTo(e164);
        assertThat(PhoneNumber.isValid(e164)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "+1234567",               // 7 digits: one too few
        "+1234567890123456",      // 16 digits: one too many
        "+0123456789",            // no country code starts with 0
        "+00491512345678",        // international dialling prefix instead of '+'
        "4915123456789",          // no '+'
        "++4915123456789",
        "+49 151 23456789",       // spaces
        "+49-151-23456789",
        "+4915123456789 ",        // trailing space
        "+4915123456789\n",       // trailing newline
        "+٤٩١٥١٢٣٤٥٦٧٨٩",          // Arabic-Indic digits
        "+４９１５１２３４５６７８９",    // full-width digits
        "+49151234567a9",
        "",
        "+"
    })
    void refusesAnythingElse(String text) {
        assertThat(PhoneNumber.isValid(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.of(text));
    }

    @Test
    void nullIsNotValidAndNotAPhone() {
        assertThat(PhoneNumber.isValid(null)).isFalse();
        assertThatNullPointerException().isThrownBy(() -> PhoneNumber.of(null));
    }

    @ParameterizedTest
    @MethodSource("validLengths")
    void maskedKeepsAtMostTheFirstThreeDigitsAndTheLastTwo(String e164) {
        String masked = PhoneNumber.of(e164).masked();

        assertThat(masked).hasSameSizeAs(e164);
        assertThat(masked).startsWith(e164.substring(0, 4)).endsWith(e164.substring(e164.length() - 2));
        assertThat(masked.substring(4, masked.length() - 2)).matches("\\*+");
        assertThat(masked.chars().filter(Character::isDigit).count()).isLessThanOrEqualTo(5);
    }

    @Test
    void maskedExampleFromTheJavadoc() {
        assertThat(PhoneNumber.of("+4915123456789").masked()).isEqualTo("+491********89");
    }

    @ParameterizedTest
    @MethodSource("validLengths")
    void toStringIsTheMaskedFormSoLogsNeverCarryTheNumber(String e164) {
        PhoneNumber phone = PhoneNumber.of(e164);

        assertThat(phone.toString()).isEqualTo(phone.masked()).doesNotContain(e164.substring(4, e164.length() - 2));
    }

    @Test
    void digitsDropThePlusAndPrefixesMatchFromTheStart() {
        PhoneNumber phone = PhoneNumber.of("+4915123456789");

        assertThat(phone.digits()).isEqualTo("4915123456789");
        assertThat(phone.hasPrefix("+49")).isTrue();
        assertThat(phone.hasPrefix("+4915")).isTrue();
        assertThat(phone.hasPrefix("+44")).isFalse();
        assertThat(phone.hasPrefix("+15")).isFalse();
    }
}
