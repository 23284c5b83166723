package io.finguard.application;

import io.finguard.domain.model.OtpCode;
import io.finguard.domain.port.out.CodeSealer;
import io.finguard.domain.port.out.OtpSender;
import io.finguard.domain.port.out.OutboxCourier;
import io.finguard.domain.port.out.OutboxMessage;
import java.util.Objects;

/**
 * The outbox dispatcher's last step: opens a message's sealed code just before handing it to the SMS sender, the
 * one place a queued code is read. A seal that does not open counts as a failed delivery, and ends dead.
 */
public final class SealedCodeCourier implements OutboxCourier {
    private final CodeSealer sealer;
    private final OtpSender sender;

    public SealedCodeCourier(CodeSealer sealer, OtpSender sender) {
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.sender = Objects.requireNonNull(sender, "sender");
    }

    @Override
    public void deliver(OutboxMessage message) {
        OtpCode code = sealer.open(message.sealedCode(), message.id(), message.challenge(), message.to())
                .orElseThrow(UnopenableCodeException::new);
        sender.send(message.to(), code, message.id(), message.payment());
    }

    /**
     * The sealed code's key is not configured (any more) or its bytes or row were altered. The outbox records the
     * failure by this name; retries cannot help, so operators should check which outbox keys are configured.
     */
    public static final class UnopenableCodeException extends IllegalStateException {
        UnopenableCodeException() {
            super("a sealed code did not open: unknown key id, or altered bytes or row");
        }
    }
}
