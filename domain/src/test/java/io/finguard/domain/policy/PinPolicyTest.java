package io.finguard.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.PhoneNumber;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A PIN is six ASCII digits that no rule refuses: trivial (repeats, steps, palindromes, counting), a keypad
 * pattern, a date of the century, a run of the phone number, or a form of the birth date.
 */
class PinPolicyTest {
    private static final PinPolicy POLICY = new PinPolicy();
    private static final PhoneNumber PHONE = PhoneNumber.of("+4915123456789");
    private static final Optional<LocalDate> BORN = Optional.of(LocalDate.of(1987, 11, 23));

    private static SecretVerdict check(String pin) {
        return POLICY.check(pin, PHONE, BORN);
    }

    private static SecretVerdict weak(WeakSecret reason) {
        return new SecretVerdict.Weak(reason);
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
        assertThat(check(pin)).isEqualTo(weak(WeakSecret.PIN_FORMAT));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000000", "444444", "999999"})
    void oneDigitRepeatedIsTrivial(String pin) {
        assertThat(check(pin)).isEqualTo(weak(WeakSecret.PIN_TRIVIAL));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"345678", "012345", "876543", "543210", "789012", "901234", "210987", "024680", "975319", "036925"})
    void digitsSteppingByAConstantAmountAreTrivialWrappingPastNineIncluded(String pin) {
        assertThat(check(pin)).isEqualTo(weak(WeakSecret.PIN_TRIVIAL));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"373737", "909090", "696969", "581581", "730730", "520520", "007007"})
    void aRepeatedPairOrTripleIsTrivial(String pin) {
        assertThat(check(pin)).isEqualTo(weak(WeakSecret.PIN_TRIVIAL));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"123321", "112211", "480084", "906609", "730037"})
    void aPalindromeIsTrivial(String pin) {
        assertThat(check(pin)).isEqualTo(weak(WeakSecret.PIN_TRIVIAL));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "121314", "979695", "010203",  // counting by one in two-digit numbers
        "246810", "020406",            // by two
        "102030", "908070",            // by ten
        "112233", "778899", "998877",  // by eleven
        "100200", "400300",            // by a hundred
        "111222", "000111", "999888",  // by a hundred and eleven
        "123124", "001002",            // three-digit numbers by one
        "147258", "258369"             // by a hundred and eleven, also two keypad columns
    })
    void countingIsTrivial(String pin) {
        assertThat(check(pin)).isEqualTo(weak(WeakSecret.PIN_TRIVIAL));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "159357", "789456", "147852", "753951", "951753", "159753",
        "258580", "963741", "321654", "369147", "580123", "085456"
    })
    void twoStraightLinesOfTheKeypadAreAPattern(String pin) {
        assertThat(check(pin)).isEqualTo(weak(WeakSecret.PIN_COMMON));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
        "170364, DDMMYY of 17.03.1964",
        "031764, MMDDYY of 17.03.1964",
        "640317, YYMMDD of 17.03.1964",
        "170319, DDMMYYYY cut DDMMCC",
        "703196, DDMMYYYY cut DMMYYY",
        "031964, DDMMYYYY cut MMYYYY",
        "031719, MMDDYYYY cut MMDDCC",
        "317196, MMDDYYYY cut MDDYYY",
        "171964, MMDDYYYY cut DDYYYY",
        "196403, YYYYMMDD cut YYYYMM",
        "964031, YYYYMMDD cut YYYMMD"
    })
    void everyFormOfADateOfTheCenturyIsRefusedForEveryone(String pin, String form) {
        assertThat(POLICY.check(pin, PHONE, Optional.empty())).isEqualTo(weak(WeakSecret.PIN_DATE));
    }

    @Test
    void theCenturyRunsFrom1930To2029() {
        assertThat(POLICY.check("193001", PHONE, Optional.empty())).as("YYYYMM of January 1930").isEqualTo(weak(WeakSecret.PIN_DATE));
        assertThat(POLICY.check("202912", PHONE, Optional.empty())).as("YYYYMM of December 2029").isEqualTo(weak(WeakSecret.PIN_DATE));
        assertThat(POLICY.check("192912", PHONE, Optional.empty())).as("YYYYMM of December 1929").isInstanceOf(SecretVerdict.Acceptable.class);
        assertThat(POLICY.check("203001", PHONE, Optional.empty())).as("YYYYMM of January 2030").isInstanceOf(SecretVerdict.Acceptable.class);
        assertThat(POLICY.check("290296", PHONE, Optional.empty())).as("a leap day").isEqualTo(weak(WeakSecret.PIN_DATE));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"311392", "003192", "321392", "320592"})
    void impossibleDatesAreNoDates(String pin) {
        assertThat(POLICY.check(pin, PHONE, Optional.empty())).isInstanceOf(SecretVerdict.Acceptable.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "447700", "770090", "009001", "090012",  // windows of 447700900123
        "047700", "077009", "070090"             // national form with a trunk 0, for a country code of 1, 2 or 3 digits
    })
    void sixConsecutiveDigitsOfThePhoneNumberOrOfItsNationalFormAreRefused(String pin) {
        PhoneNumber phone = PhoneNumber.of("+447700900123");
        assertThat(POLICY.check(pin, phone, BORN)).isEqualTo(weak(WeakSecret.PIN_FROM_PHONE));
        assertThat(POLICY.check(pin, PHONE, BORN)).isInstanceOf(SecretVerdict.Acceptable.class);
    }

    /** The two-digit-year forms of 23.11.1925 are those of 23.11.2025, refused for everyone; these four cuts are its own. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
        "311192, DDMMYYYY cut DMMYYY",
        "231925, MMDDYYYY cut DDYYYY",
        "192511, YYYYMMDD cut YYYYMM",
        "925112, YYYYMMDD cut YYYMMD"
    })
    void everyFormOfABirthDateOutsideTheCenturyIsRefused(String pin, String form) {
        Optional<LocalDate> bornEarly = Optional.of(LocalDate.of(1925, 11, 23));
        assertThat(POLICY.check(pin, PHONE, bornEarly)).isEqualTo(weak(WeakSecret.PIN_FROM_BIRTH_DATE));
        assertThat(POLICY.check(pin, PHONE, Optional.empty())).isInstanceOf(SecretVerdict.Acceptable.class);
    }

    @Test
    void aBirthDateInsideTheCenturyNeedsNoHashCheckLaterBecauseItsFormsAreRefusedAlready() {
        assertThat(PinPolicy.birthDateCandidates(LocalDate.of(1987, 11, 23))).isEmpty();
        assertThat(PinPolicy.birthDateCandidates(LocalDate.of(1925, 11, 23)))
                .containsExactly("192511", "231925", "311192", "925112");
    }

    @Test
    void anUnrelatedPinIsAcceptableAsTyped() {
        assertThat(check("583017")).isEqualTo(new SecretVerdict.Acceptable("583017"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"491513", "846295", "192912", "203001"})
    void nearMissesAreAcceptable(String pin) {
        assertThat(check(pin)).isInstanceOf(SecretVerdict.Acceptable.class);
    }

    /**
     * The figure the PinPolicy Javadoc gives: of all 10^6 PINs, this many are refused for every user, whatever their
     * phone number or birth date (a user's phone adds at most 13 more, their birth date at most 11).
     */
    @Test
    void theShareOfTheWholeSpaceRefusedForEveryoneIsTheDocumentedFigure() {
        Map<WeakSecret, Integer> refused = new EnumMap<>(WeakSecret.class);
        int phoneOnly = 0;
        for (int n = 0; n < 1_000_000; n++) {
            String pin = String.format("%06d", n);
            if (POLICY.check(pin, PHONE, Optional.empty()) instanceof SecretVerdict.Weak weak) {
                if (weak.reason() == WeakSecret.PIN_FROM_PHONE) {
                    phoneOnly++;
                } else {
                    refused.merge(weak.reason(), 1, Integer::sum);
                }
            }
        }
        int total = refused.values().stream().mapToInt(Integer::intValue).sum();

        assertThat(total).as("refused for everyone, by reason %s", refused).isEqualTo(PinPolicy.REFUSED_FOR_EVERYONE);
        assertThat(PinPolicy.REFUSED_FOR_EVERYONE).isEqualTo(DOCUMENTED_REFUSED);
        assertThat(refused).containsOnlyKeys(WeakSecret.PIN_TRIVIAL, WeakSecret.PIN_COMMON, WeakSecret.PIN_DATE);
        assertThat(phoneOnly).isBetween(1, 13);
    }

    /** Written out here as in the Javadoc, so changing a rule without changing the documented figure fails. */
    private static final int DOCUMENTED_REFUSED = 107_034;
}
