package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.PhoneIndex;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Sealed;
import io.finguard.domain.port.out.PhoneVault;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PhoneVault} does (docs/adr/0023): the index is the same for the same number and differs
 * between numbers; a sealed number holds nothing of its digits, opens to the same number for its own index only,
 * and never opens once a byte changed or under a key id the vault lacks.
 */
public abstract class PhoneVaultContract {

    /** A vault under its current keys. */
    protected abstract PhoneVault vault();

    private PhoneVault vault;
    private PhoneNumber number;

    @BeforeEach
    void freshVault() {
        vault = vault();
        number = phone();
    }

    @Test
    void theIndexIsTheSameForTheSameNumberAndDiffersForAnother() {
        assertThat(vault.index(number)).isEqualTo(vault.index(PhoneNumber.of(number.e164())));
        assertThat(vault.index(number)).isNotEqualTo(vault.index(phone()));
        assertThat(vault.index(number).bytes()).hasSize(PhoneIndex.BYTES);
    }

    @Test
    void aSealedNumberOpensToTheSameNumberForItsOwnIndex() {
        assertThat(vault.open(vault.seal(number), vault.index(number))).contains(number);
    }

    @Test
    void aNumberIsSealedUnderTheKeyTheVaultCallsCurrent() {
        assertThat(vault.seal(number).keyId()).isEqualTo(vault.currentKeyId());
    }

    @Test
    void neitherTheIndexNorTheSealedBytesHoldTheDigits() {
        for (int i = 0; i < 200; i++) {
            PhoneNumber drawn = phone();
            for (byte[] bytes : new byte[][] {vault.seal(drawn).bytes(), vault.index(drawn).bytes()}) {
                String digits = drawn.digits().substring(drawn.digits().length() - 8);
                assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(digits);
                assertThat(HexFormat.of().formatHex(bytes)).doesNotContain(digits);
            }
        }
    }

    @Test
    void theSameNumberSealedTwiceLooksDifferent() {
        assertThat(vault.seal(number).bytes()).isNotEqualTo(vault.seal(number).bytes());
    }

    @Test
    void aSealedNumberMovedToAnotherNumbersIndexDoesNotOpen() {
        Sealed sealed = vault.seal(number);

        assertThat(vault.open(sealed, vault.index(phone()))).isEmpty();
    }

    @Test
    void anyAlteredByteMakesItUnopenable() {
        Sealed sealed = vault.seal(number);
        PhoneIndex index = vault.index(number);
        byte[] bytes = sealed.bytes();
        for (int i = 0; i < bytes.length; i++) {
            byte[] altered = bytes.clone();
            altered[i] ^= 0x01;

            assertThat(vault.open(new Sealed(sealed.keyId(), altered), index)).as("byte %d", i).isEmpty();
        }
        assertThat(vault.open(new Sealed(sealed.keyId(), Arrays.copyOf(bytes, bytes.length - 1)), index)).isEmpty();
        assertThat(vault.open(new Sealed(sealed.keyId(), Arrays.copyOf(bytes, bytes.length + 1)), index)).isEmpty();
    }

    @Test
    void aKeyIdTheVaultDoesNotHoldNeverOpens() {
        Sealed sealed = vault.seal(number);

        assertThat(vault.open(new Sealed("no-such-key", sealed.bytes()), vault.index(number))).isEmpty();
    }
}
