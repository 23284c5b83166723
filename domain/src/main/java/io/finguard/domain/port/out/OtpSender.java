package io.finguard.domain.port.out;

import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.PhoneNumber;
import java.util.UUID;

/** Delivers a code to a phone (SMS gateway; the console in dev). Throws when delivery failed and may be retried. */
public interface OtpSender {
    void send(PhoneNumber to, OtpCode code);

    /**
     * The same, for one outbox message: {@code deliveryId} is the same on every attempt at that message, so a
     * gateway that keys on it drops the second copy of a message a crashed dispatcher had already handed over.
     */
    default void send(PhoneNumber to, OtpCode code, UUID deliveryId) {
        send(to, code);
    }

    /**
     * The same, for a code that confirms a payment: the text must state {@code payment} (amount and masked payee).
     * Every sender that can show text overrides this; the default refuses rather than send a code without them.
     */
    default void send(PhoneNumber to, OtpCode code, UUID deliveryId, java.util.Optional<String> payment) {
        if (payment.isPresent()) {
            throw new IllegalStateException(getClass().getSimpleName() + " cannot state a payment");
        }
        send(to, code, deliveryId);
    }

    /** The one wording of a code SMS: the code, and the payment it confirms when there is one. */
    static String text(OtpCode code, java.util.Optional<String> payment) {
        return payment.map(p -> "Your FinGuard code to pay " + p + " is " + code.digits() + ". Never share it.")
                .orElseGet(() -> "Your FinGuard code is " + code.digits());
    }
}
