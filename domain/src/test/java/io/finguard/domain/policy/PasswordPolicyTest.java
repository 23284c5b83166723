package io.finguard.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.out.CommonPasswords;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NIST passwords: 8-128 code points after NFKC, not common, not containing the phone; never truncated. */
class PasswordPolicyTest {
    private static final Set<String> COMMON = Set.of("password", "iloveyou", "correcthorse");
    /** The port compares ignoring case, as its contract says. */
    private static final CommonPasswords COMMON_LIST = normalized -> COMMON.contains(normalized.toLowerCase(Locale.ROOT));
    private static final PasswordPolicy POLICY = PasswordPolicy.defaults(COMMON_LIST);
    private static final PhoneNumber PHONE = PhoneNumber.of("+4915123456789");
    private static final String EMOJI = "\uD83D\uDE00"; // U+1F600, one code point, two UTF-16 chars

    private static SecretVerdict check(String password) {
        return POLICY.check(password, PHONE);
    }

    private static SecretVerdict weak(WeakSecret reason) {
        return new SecretVerdict.Weak(reason);
    }

    @ParameterizedTest(name = "{0} x ''{1}'' -> {2}")
    @CsvSource({
        "7, a, PASSWORD_TOO_SHORT",
        "8, a, OK",
        "128, a, OK",
        "129, a, PASSWORD_TOO_LONG",
        "7, EMOJI, PASSWORD_TOO_SHORT",
        "8, EMOJI, OK",
        "128, EMOJI, OK",
        "129, EMOJI, PASSWORD_TOO_LONG"
    })
    void lengthCountsCodePointsSoAnEmojiIsOne(int count, String unit, String outcome) {
        String password = (unit.equals("EMOJI") ? EMOJI : "x").repeat(count);

        SecretVerdict verdict = check(password);

        if (outcome.equals("OK")) {
            assertThat(verdict).isEqualTo(new SecretVerdict.Acceptable(password));
        } else {
            assertThat(verdict).isEqualTo(weak(WeakSecret.valueOf(outcome)));
        }
    }

    @Test
    void fullWidthLettersNormalizeToTheirAsciiForm() {
        SecretVerdict verdict = check("ｔｒｏｕｂａｄｏｒ９");

        assertThat(verdict).isEqualTo(new SecretVerdict.Acceptable("troubador9"));
    }

    @Test
    void aCommonPasswordIsFoundThroughItsFullWidthDisguise() {
        assertThat(check("ｐａｓｓｗｏｒｄ")).isEqualTo(weak(WeakSecret.PASSWORD_COMMON));
        assertThat(check("PassWord")).isEqualTo(weak(WeakSecret.PASSWORD_COMMON));
        assertThat(check("password1")).isInstanceOf(SecretVerdict.Acceptable.class);
    }

    @Test
    void lengthIsMeasuredAfterNormalization() {
        // U+FB01 LATIN SMALL LIGATURE FI is one code point that NFKC turns into two.
        assertThat(check("\uFB01".repeat(4))).isEqualTo(new SecretVerdict.Acceptable("fi".repeat(4)));
        assertThat(check("\uFB01".repeat(65))).isEqualTo(weak(WeakSecret.PASSWORD_TOO_LONG));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "my3456789secret, PASSWORD_CONTAINS_PHONE",            // the last 7 digits
        "x+4915123456789x, PASSWORD_CONTAINS_PHONE",           // the whole number
        "345-67-89 is mine, PASSWORD_CONTAINS_PHONE",          // separated by punctuation and spaces
        "３４５６７８９abc, PASSWORD_CONTAINS_PHONE",           // full-width digits normalize first
        "٣٤٥٦٧٨٩abc, PASSWORD_CONTAINS_PHONE",                 // Arabic-Indic digits count as digits
        "my345678secret, OK",                                  // only the last 6
        "my2345678secret, OK"                                  // 7 digits, but not the last 7
    })
    void aPasswordHoldingThePhonesLastSevenDigitsIsRefused(String password, String outcome) {
        SecretVerdict verdict = check(password);

        if (outcome.equals("OK")) {
            assertThat(verdict).isInstanceOf(SecretVerdict.Acceptable.class);
        } else {
            assertThat(verdict).isEqualTo(weak(WeakSecret.valueOf(outcome)));
        }
    }

    @Test
    void anAcceptableVerdictNeverPrintsThePassword() {
        assertThat(check("troubador9").toString()).doesNotContain("troubador9");
    }

    @Test
    void theMinimumCannotGoBelowEightNorTheBoundsCross() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordPolicy(7, 128, COMMON_LIST));
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordPolicy(12, 11, COMMON_LIST));
        assertThat(new PasswordPolicy(12, 64, COMMON_LIST).check("elevenchars", PHONE)).isEqualTo(weak(WeakSecret.PASSWORD_TOO_SHORT));
    }
}
