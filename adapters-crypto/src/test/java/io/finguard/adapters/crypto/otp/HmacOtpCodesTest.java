package io.finguard.adapters.crypto.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.finguard.adapters.crypto.key.HmacKeyRing;
import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.CodeHash;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HmacOtpCodesTest {
    private static final byte[] KEY_1 = "otp-key-one-otp-key-one-otp-key-1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_2 = "otp-key-two-otp-key-two-otp-key-2".getBytes(StandardCharsets.US_ASCII);
    private static final HmacKeyRing RING_1 = HmacKeyRing.single("o1", KEY_1);
    private static final ChallengeId CHALLENGE = ChallengeId.of(UUID.fromString("3f1c2d4e-0000-4000-8000-000000000001"));
    private static final PhoneNumber PHONE = PhoneNumber.of("+447911123456");
    private static final OtpPurpose PURPOSE = OtpPurpose.PHONE_ENTRY;
    private static final OtpCode CODE = new OtpCode("042917");

    private final HmacOtpCodes codes = new HmacOtpCodes(OtpCodeConfig.defaults(RING_1));

    @ParameterizedTest
    @ValueSource(ints = {6, 7, 8})
    void codesHaveTheConfiguredNumberOfAsciiDigits(int length) {
        var generator = new HmacOtpCodes(new OtpCodeConfig(length, RING_1));
        for (int i = 0; i < 500; i++) {
            assertThat(generator.generate().digits()).hasSize(length).matches("[0-9]+");
        }
    }

    @Test
    void everyDigitIsEquallyLikelyInEveryPosition_leadingZerosIncluded() {
        int draws = 20_000;
        int[][] counts = new int[6][10];
        for (int i = 0; i < draws; i++) {
            String digits = codes.generate().digits();
            for (int position = 0; position < 6; position++) {
                counts[position][digits.charAt(position) - '0']++;
            }
        }
        double expected = draws / 10.0;
        for (int[] position : counts) {
            double chiSquare = 0;
            for (int count : position) {
                chiSquare += (count - expected) * (count - expected) / expected;
            }
            // 9 degrees of freedom: 45 is far beyond the 1-in-a-million tail, so only real bias fails this.
            assertThat(chiSquare).isLessThan(45.0);
        }
    }

    @Test
    void aCodeMatchesItsOwnHashAndRecordsTheKeyId() {
        CodeHash hash = codes.hash(CHALLENGE, PHONE, PURPOSE, CODE);

        assertThat(hash.keyId()).isEqualTo("o1");
        assertThat(hash.value()).doesNotContain(CODE.digits());
        assertThat(codes.matches(hash, CHALLENGE, PHONE, PURPOSE, "042917")).isTrue();
        assertThat(codes.matches(hash, CHALLENGE, PHONE, PURPOSE, "042918")).isFalse();
    }

    @Test
    void theHashIsBoundToTheChallengeAndThePhone() {
        CodeHash hash = codes.hash(CHALLENGE, PHONE, PURPOSE, CODE);

        assertThat(codes.matches(hash, ChallengeId.of(UUID.randomUUID()), PHONE, PURPOSE, "042917")).isFalse();
        assertThat(codes.matches(hash, CHALLENGE, PhoneNumber.of("+447911123457"), PURPOSE, "042917")).isFalse();
    }

    @Test
    void thePurposeIsPartOfTheHashedMessageAndFieldsCannotBleedIntoEachOther() {
        // OtpPurpose has a single value today, so purpose binding is shown on the encoding itself.
        byte[] entry = HmacOtpCodes.encode(CHALLENGE.toString(), PHONE.e164(), "PHONE_ENTRY", "042917");
        byte[] other = HmacOtpCodes.encode(CHALLENGE.toString(), PHONE.e164(), "STEP_UP", "042917");

        assertThat(entry).isNotEqualTo(other);
        String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(RING_1.macWithCurrent(entry));
        assertThat(codes.hash(CHALLENGE, PHONE, PURPOSE, CODE).value()).isEqualTo(expected);
        assertThat(HmacOtpCodes.encode("ab", "c")).isNotEqualTo(HmacOtpCodes.encode("a", "bc"));
        assertThat(HmacOtpCodes.encode("a", "")).isNotEqualTo(HmacOtpCodes.encode("", "a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "04291", "0429170", " 042917", "042917 ", "04291a", "+42917", "-42917", "0x2917",
        "\u0660\u0664\u0662\u0669\u0661\u0667", // Arabic-Indic digits for 042917
        "\uFF10\uFF14\uFF12\uFF19\uFF11\uFF17", // full-width 042917: NFKC would make it the right code
        "\u0966\u096A\u0968\u096F\u0967\u096D", // Devanagari 042917
    })
    void anythingButExactlySixAsciiDigitsIsNoMatch(String presented) {
        CodeHash hash = codes.hash(CHALLENGE, PHONE, PURPOSE, CODE);

        assertThat(codes.matches(hash, CHALLENGE, PHONE, PURPOSE, presented)).isFalse();
    }

    @Test
    void aNullPresentedCodeIsNoMatch() {
        assertThat(codes.matches(codes.hash(CHALLENGE, PHONE, PURPOSE, CODE), CHALLENGE, PHONE, PURPOSE, null)).isFalse();
    }

    @Test
    void aHashMadeBeforeKeyRotationStillMatchesThroughTheRing() {
        CodeHash before = codes.hash(CHALLENGE, PHONE, PURPOSE, CODE);
        var rotated = new HmacOtpCodes(OtpCodeConfig.defaults(HmacKeyRing.of("o2", Map.of("o1", KEY_1, "o2", KEY_2))));

        assertThat(rotated.matches(before, CHALLENGE, PHONE, PURPOSE, "042917")).isTrue();
        assertThat(rotated.hash(CHALLENGE, PHONE, PURPOSE, CODE).keyId()).isEqualTo("o2");
    }

    @Test
    void anUnknownKeyIdOrADamagedHashIsNoMatch() {
        CodeHash hash = codes.hash(CHALLENGE, PHONE, PURPOSE, CODE);
        var otherRing = new HmacOtpCodes(OtpCodeConfig.defaults(HmacKeyRing.single("o2", KEY_2)));

        assertThat(otherRing.matches(hash, CHALLENGE, PHONE, PURPOSE, "042917")).isFalse();
        assertThat(codes.matches(new CodeHash("o9", hash.value()), CHALLENGE, PHONE, PURPOSE, "042917")).isFalse();
        assertThat(codes.matches(new CodeHash("o1", "not base64!"), CHALLENGE, PHONE, PURPOSE, "042917")).isFalse();
        assertThat(codes.matches(new CodeHash("o1", hash.value().substring(4)), CHALLENGE, PHONE, PURPOSE, "042917"))
                .isFalse();
    }

    @Test
    void theCodeLengthMustBeSixToEight() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OtpCodeConfig(5, RING_1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OtpCodeConfig(9, RING_1));
    }
}
