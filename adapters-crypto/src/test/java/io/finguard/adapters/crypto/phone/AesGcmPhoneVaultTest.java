package io.finguard.adapters.crypto.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.finguard.adapters.crypto.otp.AesKeyRing;
import io.finguard.domain.model.PhoneIndex;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Sealed;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AesGcmPhoneVaultTest {
    private static final byte[] INDEX_KEY = "phone-index-key-phone-index-key!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_INDEX_KEY = "another-index-key-another-index!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_1 = "phone-key-one-phone-key-one-1111".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_2 = "phone-key-two-phone-key-two-2222".getBytes(StandardCharsets.US_ASCII);
    private static final PhoneNumber PHONE = PhoneNumber.of("+4915112345678");
    private static final PhoneNumber OTHER = PhoneNumber.of("+4915187654321");

    private final AesGcmPhoneVault vault = new AesGcmPhoneVault(INDEX_KEY, AesKeyRing.single("k1", KEY_1));

    @Test
    void theIndexIsHmacSha256OfTheContextAndTheNumberUnderTheIndexKey() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(INDEX_KEY, "HmacSHA256"));
        byte[] expected = mac.doFinal("finguard/phone-index/v1+4915112345678".getBytes(StandardCharsets.US_ASCII));

        assertThat(vault.index(PHONE).bytes()).isEqualTo(expected);
    }

    @Test
    void anotherIndexKeyGivesAnotherIndexSoTheIndexKeyCannotRotateWithoutReindexing() {
        AesGcmPhoneVault other = new AesGcmPhoneVault(OTHER_INDEX_KEY, AesKeyRing.single("k1", KEY_1));

        assertThat(other.index(PHONE)).isNotEqualTo(vault.index(PHONE));
    }

    @Test
    void aSealedNumberIsNonceThenAesGcmCiphertextAndTagWithKeyIdAndIndexAsAdditionalData() throws Exception {
        Sealed sealed = vault.seal(PHONE);
        byte[] bytes = sealed.bytes();

        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(bytes).hasSize(12 + PHONE.e164().length() + 16);
        Cipher jdk = Cipher.getInstance("AES/GCM/NoPadding");
        jdk.init(Cipher.DECRYPT_MODE, new SecretKeySpec(KEY_1, "AES"), new GCMParameterSpec(128, Arrays.copyOf(bytes, 12)));
        jdk.updateAAD(AesGcmPhoneVault.binding("k1", vault.index(PHONE)));
        assertThat(new String(jdk.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.US_ASCII)).isEqualTo(PHONE.e164());
    }

    @Test
    void aNumberSealedBeforeRotationOpensWithThePreviousKeyWhileNewSealsUseTheNewOne() {
        Sealed beforeRotation = vault.seal(PHONE);
        AesGcmPhoneVault rotated = new AesGcmPhoneVault(INDEX_KEY, AesKeyRing.of("k2", Map.of("k1", KEY_1, "k2", KEY_2)));

        assertThat(rotated.open(beforeRotation, rotated.index(PHONE))).contains(PHONE);
        assertThat(rotated.seal(PHONE).keyId()).isEqualTo("k2");
        assertThat(rotated.index(PHONE)).as("sealing keys rotate, the index stays").isEqualTo(vault.index(PHONE));
    }

    @Test
    void onceThePreviousKeyIsDroppedItsNumbersNoLongerOpen() {
        Sealed beforeRotation = vault.seal(PHONE);
        AesGcmPhoneVault onlyNew = new AesGcmPhoneVault(INDEX_KEY, AesKeyRing.single("k2", KEY_2));

        assertThat(onlyNew.open(beforeRotation, onlyNew.index(PHONE))).isEmpty();
    }

    @Test
    void theKeyIdIsBoundSoANumberRelabelledWithAnotherKnownKeyIdDoesNotOpen() {
        AesGcmPhoneVault twoIdsOneKey = new AesGcmPhoneVault(INDEX_KEY, AesKeyRing.of("k1", Map.of("k1", KEY_1, "k9", KEY_1)));
        Sealed sealed = twoIdsOneKey.seal(PHONE);

        assertThat(twoIdsOneKey.open(new Sealed("k9", sealed.bytes()), twoIdsOneKey.index(PHONE))).isEmpty();
        assertThat(twoIdsOneKey.open(sealed, twoIdsOneKey.index(PHONE))).contains(PHONE);
    }

    @Test
    void aNumberSealedForOneRowDoesNotOpenInTheRowOfAnotherNumber() {
        Sealed sealed = vault.seal(PHONE);
        PhoneIndex otherRow = vault.index(OTHER);

        assertThat(vault.open(sealed, otherRow)).isEmpty();
    }

    @Test
    void aShortIndexKeyIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AesGcmPhoneVault(new byte[31], AesKeyRing.single("k1", KEY_1)));
    }

    @Test
    void itsNameShowsKeyIdsNotKeys() {
        assertThat(vault.toString()).contains("k1").doesNotContain("phone-key-one").doesNotContain("phone-index-key");
    }
}
