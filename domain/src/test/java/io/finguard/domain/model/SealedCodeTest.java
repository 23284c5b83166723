package io.finguard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** A sealed code is a value: equal by key id and bytes, immune to changes of the arrays it came from or gave out. */
class SealedCodeTest {

    @Test
    void equalByKeyIdAndBytesAndPrintsOnlyTheKeyId() {
        SealedCode one = new SealedCode("k1", new byte[] {1, 2, 3});

        assertThat(one).isEqualTo(new SealedCode("k1", new byte[] {1, 2, 3})).hasSameHashCodeAs(new SealedCode("k1", new byte[] {1, 2, 3}))
                .isNotEqualTo(new SealedCode("k2", new byte[] {1, 2, 3})).isNotEqualTo(new SealedCode("k1", new byte[] {1, 2, 4}));
        assertThat(one).hasToString("SealedCode[k1]");
    }

    @Test
    void neitherTheGivenNorTheReturnedArrayCanChangeIt() {
        byte[] given = {1, 2, 3};
        SealedCode sealed = new SealedCode("k1", given);

        given[0] = 9;
        sealed.bytes()[1] = 9;

        assertThat(sealed.bytes()).containsExactly(1, 2, 3);
    }

    @Test
    void aBlankKeyIdOrNoBytesIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SealedCode(" ", new byte[] {1}));
        assertThatIllegalArgumentException().isThrownBy(() -> new SealedCode("k1", new byte[0]));
    }
}
