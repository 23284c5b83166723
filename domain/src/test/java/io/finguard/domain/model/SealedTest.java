package io.finguard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** A sealed code is a value: equal by key id and bytes, immune to changes of the arrays it came from or gave out. */
class SealedCodeTest {

    @Test
    void equalByKeyIdAndBytesAndPrintsOnlyTheKeyId() {
        Sealed one = new Sealed("k1", new byte[] {1, 2, 3});

        assertThat(one).isEqualTo(new Sealed("k1", new byte[] {1, 2, 3})).hasSameHashCodeAs(new Sealed("k1", new byte[] {1, 2, 3}))
                .isNotEqualTo(new Sealed("k2", new byte[] {1, 2, 3})).isNotEqualTo(new Sealed("k1", new byte[] {1, 2, 4}));
        assertThat(one).hasToString("Sealed[k1]");
    }

    @Test
    void neitherTheGivenNorTheReturnedArrayCanChangeIt() {
        byte[] given = {1, 2, 3};
        Sealed sealed = new Sealed("k1", given);

        given[0] = 9;
        sealed.bytes()[1] = 9;

        assertThat(sealed.bytes()).containsExactly(1, 2, 3);
    }

    @Test
    void aBlankKeyIdOrNoBytesIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Sealed(" ", new byte[] {1}));
        assertThatIllegalArgumentException().isThrownBy(() -> new Sealed("k1", new byte[0]));
    }
}
