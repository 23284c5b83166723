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
}
