package io.finguard.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.PhoneNumber;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A PIN is six ASCII digits that are neither trivial, common, a run of the phone number nor a form of the birth date. */
class PinPolicyTest {
    private static final PinPolicy POLICY = new PinPolicy();
    private static final PhoneNumber PHONE = PhoneNumber.of("+4915123456789");
    private static final Optional<LocalDate> BORN = Optional.of(LocalDate.of(1987, 11, 23));

    private static SecretVerdict check(String pin) {
        return POLICY.check(pin, PHONE, BORN);
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {
        "12345",      // 5 digits
        "1234567",    // 7 digits
        "١٢٣٤٥٦",     // Arabic-Indic digits
        "۱۲۳۴۵۶",     // Extended Arabic-Indic digits
        "１２３４５６", // full-width digits
        "73091a",
        " 730914",
        "730914 ",
        "730 914",
        "+73091"
    })
    void anythingButSixAsciiDigitsIsAFormatError(String pin) {
        assertThat(check(pin)).isEqualTo(new SecretVerdict.Weak(WeakSecret.PIN_FORMAT));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "000000", "444444",   // all the same digit
        "345678", "012345",   // ascending
        "876543", "543210",   // descending
        "373737", "909090",   // a repeated pair
        "581581", "730730"    // a repeated triple
    })
    void trivialPinsAreRefused(String pin) {
        assertThat(check(pin)).isEqualTo(new SecretVerdict.Weak(WeakSecret.PIN_TRIVIAL));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"159753", "147258", "112233", "246810", "102030", "789456"})
    void commonPinsAreRefused(String pin) {
        assertThat(check(pin)).isEqualTo(new SecretVerdict.Weak(WeakSecret.PIN_COMMON));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"491512", "915123", "151234", "512345"})
    void sixConsecutiveDigitsOfThePhoneNumberAreRefused(String pin) {
        assertThat(check(pin)).isEqualTo(new SecretVerdict.Weak(WeakSecret.PIN_FROM_PHONE));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
        "231187, ddMMyy",
        "112387, MMddyy",
        "871123, yyMMdd",
        "231119, ddMMyyyy (day, month, century)",
        "111987, MMyyyy (always also the tail of ddMMyyyy)",
        "198711, yyyyMM"
    })
    void everyFormOfTheBirthDateIsRefused(String pin, String form) {
        assertThat(check(pin)).isEqualTo(new SecretVerdict.Weak(WeakSecret.PIN_FROM_BIRTH_DATE));
        assertThat(POLICY.check(pin, PHONE, Optional.empty())).isInstanceOf(SecretVerdict.Acceptable.class);
        assertThat(POLICY.check(pin, PHONE, Optional.of(LocalDate.of(1990, 5, 14)))).isInstanceOf(SecretVerdict.Acceptable.class);
    }

    @Test
    void anUnrelatedPinIsAcceptableAsTyped() {
        assertThat(check("730914")).isEqualTo(new SecretVerdict.Acceptable("730914"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"491513", "890123", "135246"})
    void nearMissesAreAcceptable(String pin) {
        assertThat(check(pin)).isInstanceOf(SecretVerdict.Acceptable.class);
    }
}
