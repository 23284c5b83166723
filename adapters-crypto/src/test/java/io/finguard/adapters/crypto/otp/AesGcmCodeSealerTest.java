package io.finguard.adapters.crypto.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Sealed;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AesGcmCodeSealerTest {
    private static final byte[] KEY_1 = "outbox-key-one-outbox-key-one-1!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_2 = "outbox-key-two-outbox-key-two-2!".getBytes(StandardCharsets.US_ASCII);
    private static final OtpCode CODE = new OtpCode("042917");
    private static final UUID MESSAGE = UUID.fromString("7d0f6b2e-3a53-4c1e-9d25-2f1f2c0a9b11");
    private static final ChallengeId CHALLENGE = ChallengeId.of(UUID.fromString("0b8e0f55-5e0f-4f55-8a55-7b2b1d4c9e01"));
    private static final PhoneNumber PHONE = PhoneNumber.of("+4915112345678");

    private final AesGcmCodeSealer sealer = new AesGcmCodeSealer(AesKeyRing.single("k1", KEY_1));

    @Test
    void aSealedCodeIsNonceThenAesGcmCiphertextAndTagUnderTheCurrentKeyWithTheBindingAsAdditionalData() throws Exception {
        Sealed sealed = sealer.seal(CODE, MESSAGE, CHALLENGE, PHONE);
        byte[] bytes = sealed.bytes();

        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(bytes).hasSize(12 + 6 + 16);
        Cipher jdk = Cipher.getInstance("AES/GCM/NoPadding");
        jdk.init(Cipher.DECRYPT_MODE, new SecretKeySpec(KEY_1, "AES"), new GCMParameterSpec(128, Arrays.copyOf(bytes, 12)));
        jdk.updateAAD(AesGcmCodeSealer.binding("k1", MESSAGE, CHALLENGE, PHONE));
        assertThat(new String(jdk.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.US_ASCII)).isEqualTo("042917");
    }

    @Test
    void aCodeSealedBeforeRotationOpensWithThePreviousKeyWhileNewCodesUseTheNewOne() {
        Sealed beforeRotation = sealer.seal(CODE, MESSAGE, CHALLENGE, PHONE);
        AesGcmCodeSealer rotated = new AesGcmCodeSealer(AesKeyRing.of("k2", Map.of("k1", KEY_1, "k2", KEY_2)));

        assertThat(rotated.open(beforeRotation, MESSAGE, CHALLENGE, PHONE)).contains(CODE);
        assertThat(rotated.seal(CODE, MESSAGE, CHALLENGE, PHONE).keyId()).isEqualTo("k2");
    }

    @Test
    void onceThePreviousKeyIsDroppedItsCodesNoLongerOpen() {
        Sealed beforeRotation = sealer.seal(CODE, MESSAGE, CHALLENGE, PHONE);
        AesGcmCodeSealer onlyNew = new AesGcmCodeSealer(AesKeyRing.single("k2", KEY_2));

        assertThat(onlyNew.open(beforeRotation, MESSAGE, CHALLENGE, PHONE)).isEmpty();
    }

    @Test
    void theKeyIdIsBoundSoACodeRelabelledWithAnotherKnownKeyIdDoesNotOpen() {
        AesGcmCodeSealer sameKeyTwoIds = new AesGcmCodeSealer(AesKeyRing.of("k1", Map.of("k1", KEY_1, "k1-copy", KEY_1)));
        Sealed sealed = sameKeyTwoIds.seal(CODE, MESSAGE, CHALLENGE, PHONE);

        assertThat(sameKeyTwoIds.open(new Sealed("k1-copy", sealed.bytes()), MESSAGE, CHALLENGE, PHONE)).isEmpty();
        assertThat(sameKeyTwoIds.open(sealed, MESSAGE, CHALLENGE, PHONE)).contains(CODE);
    }

    @Test
    void aSealedCodeMovedToAnotherRowOrPhoneDoesNotOpen() {
        Sealed sealed = sealer.seal(CODE, MESSAGE, CHALLENGE, PHONE);

        assertThat(sealer.open(sealed, UUID.randomUUID(), CHALLENGE, PHONE)).isEmpty();
        assertThat(sealer.open(sealed, MESSAGE, CHALLENGE, PhoneNumber.of("+4915187654321"))).isEmpty();
    }

    @Test
    void bytesTooShortToHoldANonceAndATagAreRefusedNotThrown() {
        assertThat(sealer.open(new Sealed("k1", new byte[28]), MESSAGE, CHALLENGE, PHONE)).isEmpty();
        assertThat(sealer.open(new Sealed("k1", new byte[1]), MESSAGE, CHALLENGE, PHONE)).isEmpty();
    }

    @Test
    void theRingTakesOnlyAes256KeysUnderValidIdsAndNeverPrintsThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> AesKeyRing.single("k1", Arrays.copyOf(KEY_1, 31)));
        assertThatIllegalArgumentException().isThrownBy(() -> AesKeyRing.single("k1", Arrays.copyOf(KEY_1, 48)));
        assertThatIllegalArgumentException().isThrownBy(() -> AesKeyRing.single("k.1", KEY_1));
        assertThatIllegalArgumentException().isThrownBy(() -> AesKeyRing.of("k3", Map.of("k1", KEY_1)));
        assertThat(AesKeyRing.of("k2", Map.of("k1", KEY_1, "k2", KEY_2)).toString())
                .contains("k1", "k2").doesNotContain(new String(KEY_1, StandardCharsets.US_ASCII));
    }
}
