package io.finguard.application;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.otpCode;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.fixtures.InMemoryCodeSealer;
import io.finguard.domain.fixtures.RecordingOtpSender;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.port.out.OutboxMessage;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The courier opens a sealed code just before sending it; a code it cannot open is never sent. */
class SealedCodeCourierTest {
    private final InMemoryCodeSealer sealer = new InMemoryCodeSealer();
    private final RecordingOtpSender sms = new RecordingOtpSender();
    private final SealedCodeCourier courier = new SealedCodeCourier(sealer, sms);

    @Test
    void theOpenedCodeGoesToTheMessagesPhone() {
        OtpCode code = otpCode();
        OutboxMessage message = Samples.outboxMessage(phone(), T0, code, sealer);

        courier.deliver(message);

        assertThat(sms.deliveredTo(message.to())).containsExactly(code);
    }

    @Test
    void aCodeSealedUnderAKeyTheCourierLacksIsAFailedDeliveryAndNothingIsSent() {
        OutboxMessage message = Samples.outboxMessage(phone(), T0, otpCode(), new InMemoryCodeSealer());

        assertThatThrownBy(() -> courier.deliver(message)).isInstanceOf(SealedCodeCourier.UnopenableCodeException.class);
        assertThat(sms.attemptsTo(message.to())).isZero();
    }

    @Test
    void aSealedCodeCopiedIntoAnotherMessageIsNotSentToThatMessagesPhone() {
        OutboxMessage original = Samples.outboxMessage(phone(), T0, otpCode(), sealer);
        OutboxMessage redirected = new OutboxMessage(UUID.randomUUID(), original.challenge(), phone(), original.sealedCode(),
                original.createdAt(), original.expiresAt());

        assertThatThrownBy(() -> courier.deliver(redirected)).isInstanceOf(SealedCodeCourier.UnopenableCodeException.class);
        assertThat(sms.attemptsTo(redirected.to())).isZero();
    }
}
