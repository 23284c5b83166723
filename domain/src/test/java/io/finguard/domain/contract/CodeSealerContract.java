package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.challengeId;
import static io.finguard.domain.fixtures.SampleValues.otpCode;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Sealed;
import io.finguard.domain.port.out.CodeSealer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CodeSealer} does (security.md, "Data"): a sealed code holds nothing of its digits, opens to the
 * same code for its own message only, and never opens once a byte changed or under a key id the sealer lacks.
 */
public abstract class CodeSealerContract {

    /** A sealer under its current key. */
    protected abstract CodeSealer sealer();

    private CodeSealer sealer;
    private OtpCode code;
    private UUID messageId;
    private ChallengeId challenge;
    private PhoneNumber to;

    @BeforeEach
    void freshSealer() {
        sealer = sealer();
        code = otpCode();
        messageId = UUID.randomUUID();
        challenge = challengeId();
        to = phone();
    }

    private Sealed sealed() {
        return sealer.seal(code, messageId, challenge, to);
    }

    @Test
    void aSealedCodeOpensToTheSameCodeForItsOwnMessage() {
        assertThat(sealer.open(sealed(), messageId, challenge, to)).contains(code);
    }

    @Test
    void theSealedBytesHoldNothingOfTheDigits() {
        for (int i = 0; i < 200; i++) {
            OtpCode drawn = otpCode();
            byte[] bytes = sealer.seal(drawn, messageId, challenge, to).bytes();

            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(drawn.digits());
            assertThat(HexFormat.of().formatHex(bytes)).doesNotContain(drawn.digits());
        }
    }

    @Test
    void theSameCodeSealedTwiceLooksDifferent() {
        assertThat(sealed().bytes()).isNotEqualTo(sealed().bytes());
    }

    @Test
    void aSealedCodeDoesNotOpenForAnotherMessageChallengeOrPhone() {
        Sealed sealed = sealed();

        assertThat(sealer.open(sealed, UUID.randomUUID(), challenge, to)).isEmpty();
        assertThat(sealer.open(sealed, messageId, challengeId(), to)).isEmpty();
        assertThat(sealer.open(sealed, messageId, challenge, phone())).isEmpty();
    }

    @Test
    void anyAlteredByteMakesItUnopenable() {
        Sealed sealed = sealed();
        byte[] bytes = sealed.bytes();
        for (int i = 0; i < bytes.length; i++) {
            byte[] altered = bytes.clone();
            altered[i] ^= 0x01;

            assertThat(sealer.open(new Sealed(sealed.keyId(), altered), messageId, challenge, to)).as("byte %d", i).isEmpty();
        }
        assertThat(sealer.open(new Sealed(sealed.keyId(), Arrays.copyOf(bytes, bytes.length - 1)), messageId, challenge, to))
                .isEmpty();
        assertThat(sealer.open(new Sealed(sealed.keyId(), Arrays.copyOf(bytes, bytes.length + 1)), messageId, challenge, to))
                .isEmpty();
    }

    @Test
    void aKeyIdTheSealerDoesNotHoldNeverOpens() {
        Sealed sealed = sealed();

        assertThat(sealer.open(new Sealed("no-such-key", sealed.bytes()), messageId, challenge, to)).isEmpty();
    }
}
