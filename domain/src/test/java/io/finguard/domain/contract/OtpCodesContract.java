package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.challengeId;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.CodeHash;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.out.OtpCodes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OtpCodes} does (security.md, "One-time codes"): codes of the configured length that
 * vary, hashes that hide the code and are bound to challenge, phone and purpose, and a strict check.
 */
public abstract class OtpCodesContract {
    private static final OtpPurpose PURPOSE = OtpPurpose.PHONE_ENTRY;

    /** Codes of {@link #codeLength()} digits, hashed under the implementation's current key. */
    protected abstract OtpCodes codes();

    /** The number of digits the implementation under test is configured for (6-8). */
    protected abstract int codeLength();

    private OtpCodes codes;
    private ChallengeId challenge;
    private PhoneNumber phone;

    @BeforeEach
    void freshCodes() {
        codes = codes();
        challenge = challengeId();
        phone = phone();
    }

    @Test
    void everyCodeIsExactlyTheConfiguredNumberOfAsciiDigits() {
        String digits = "[0-9]{" + codeLength() + "}";
        for (int i = 0; i < 50; i++) {
            assertThat(codes.generate().digits()).matches(digits);
        }
    }

    @Test
    void codesVary_fiftyDrawsGiveAtLeastFortyFiveDistinctCodes() {
        // With a million codes or more, five repeats among fifty honest draws would be a one-in-10^14 event.
        Set<String> seen = new HashSet<>();
        IntStream.range(0, 50).forEach(i -> seen.add(codes.generate().digits()));

        assertThat(seen).hasSizeGreaterThanOrEqualTo(45);
    }

    @Test
    void theHashOfACodeMatchesThatCodeAndDoesNotSpellItOut() {
        OtpCode code = codes.generate();
        CodeHash hash = codes.hash(challenge, phone, PURPOSE, code);

        assertThat(codes.matches(hash, challenge, phone, PURPOSE, code.digits())).isTrue();
        assertThat(hash.value()).isNotEqualTo(code.digits());
    }

    @Test
    void aCodeWithLeadingZerosMatchesOnlyWithItsZeros() {
        OtpCode code = new OtpCode("0".repeat(codeLength() - 3) + "042");
        CodeHash hash = codes.hash(challenge, phone, PURPOSE, code);

        assertThat(codes.matches(hash, challenge, phone, PURPOSE, code.digits())).isTrue();
        assertThat(codes.matches(hash, challenge, phone, PURPOSE, "42")).isFalse();
        assertThat(codes.matches(hash, challenge, phone, PURPOSE, "042")).isFalse();
    }

    @Test
    void aCodeDifferingInOneDigitIsRefused() {
        OtpCode code = new OtpCode("1".repeat(codeLength()));
        CodeHash hash = codes.hash(challenge, phone, PURPOSE, code);

        for (int digit = 0; digit <= 9; digit++) {
            String other = code.digits().substring(0, codeLength() - 1) + digit;
            assertThat(codes.matches(hash, challenge, phone, PURPOSE, other)).as(other)
                    .isEqualTo(other.equals(code.digits()));
        }
        assertThat(codes.matches(hash, challenge, phone, PURPOSE, "2" + code.digits().substring(1))).isFalse();
    }

    @Test
    void differentCodesForTheSameChallengeHashDifferently() {
        CodeHash a = codes.hash(challenge, phone, PURPOSE, new OtpCode("1".repeat(codeLength())));
        CodeHash b = codes.hash(challenge, phone, PURPOSE, new OtpCode("2".repeat(codeLength())));

        assertThat(a.value()).isNotEqualTo(b.value());
    }

    @Test
    void theRightCodeForAnotherChallengeIsRefused() {
        OtpCode code = codes.generate();
        CodeHash hash = codes.hash(challenge, phone, PURPOSE, code);

        assertThat(codes.matches(hash, challengeId(), phone, PURPOSE, code.digits())).isFalse();
    }

    @Test
    void theRightCodeForAnotherPhoneIsRefused() {
        OtpCode code = codes.generate();
        CodeHash hash = codes.hash(challenge, phone, PURPOSE, code);

        assertThat(codes.matches(hash, challenge, phone(), PURPOSE, code.digits())).isFalse();
    }

    @Test
    void theRightCodeForAnotherPurposeIsRefused() {
        // OtpPurpose has one value today; this runs as soon as a second purpose exists instead of passing vacuously.
        assumeTrue(OtpPurpose.values().length > 1, "only one OtpPurpose exists, so purpose binding cannot be observed");
        OtpCode code = codes.generate();
        for (OtpPurpose issued : OtpPurpose.values()) {
            CodeHash hash = codes.hash(challenge, phone, issued, code);
            for (OtpPurpose presented : OtpPurpose.values()) {
                assertThat(codes.matches(hash, challenge, phone, presented, code.digits()))
                        .as("issued for %s, presented for %s", issued, presented).isEqualTo(issued == presented);
            }
        }
    }

    @Test
    void presentedTextThatIsNotExactlyTheAsciiCodeIsRefused() {
        OtpCode code = new OtpCode("12345678".substring(0, codeLength()));
        String digits = code.digits();
        CodeHash hash = codes.hash(challenge, phone, PURPOSE, code);
        List<String> junk = List.of("", " ", digits + " ", " " + digits, digits + "0", digits.substring(1), "abcdef",
                digits.substring(0, 3) + "-" + digits.substring(3), "+" + digits.substring(1), "-" + digits.substring(1),
                shifted(digits, '\u0660'), shifted(digits, '\uFF10'), digits + "\u0000",
                "'; DROP TABLE otp_challenges; --");

        assertThat(codes.matches(hash, challenge, phone, PURPOSE, digits)).isTrue();
        for (String presented : junk) {
            assertThat(codes.matches(hash, challenge, phone, PURPOSE, presented)).as("presented [%s]", presented).isFalse();
        }
    }

    @Test
    void aNullPresentedCodeIsRefused() {
        OtpCode code = codes.generate();
        CodeHash hash = codes.hash(challenge, phone, PURPOSE, code);

        assertThat(codes.matches(hash, challenge, phone, PURPOSE, null)).isFalse();
    }

    @Test
    void aStoredHashUnderAnUnknownKeyIdOrWithDamagedTextMatchesNothing() {
        OtpCode code = codes.generate();
        CodeHash hash = codes.hash(challenge, phone, PURPOSE, code);
        CodeHash otherKey = new CodeHash(hash.keyId() + "-retired", hash.value());
        CodeHash truncated = new CodeHash(hash.keyId(), hash.value().substring(0, hash.value().length() - 2));
        CodeHash junk = new CodeHash(hash.keyId(), "%%% not a hash %%%");

        assertThat(codes.matches(otherKey, challenge, phone, PURPOSE, code.digits())).isFalse();
        assertThat(codes.matches(truncated, challenge, phone, PURPOSE, code.digits())).isFalse();
        assertThat(codes.matches(junk, challenge, phone, PURPOSE, code.digits())).isFalse();
    }

    /** The same digits in another Unicode digit block (Arabic-Indic, fullwidth): not ASCII, so never a code. */
    private static String shifted(String digits, char zero) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) (zero + (c - '0'))));
        return out.toString();
    }
}
