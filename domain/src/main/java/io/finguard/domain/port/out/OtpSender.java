package io.finguard.domain.port.out;

import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.PhoneNumber;

/** Delivers a code to a phone (SMS gateway; the console in dev). Throws when delivery failed and may be retried. */
public interface OtpSender {
    void send(PhoneNumber to, OtpCode code);
}
