package io.finguard.domain.port.in;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.RefusalCode;

/** Why a phone number was refused at the entry, with a stable code. */
public enum PhoneProblem implements CodedRefusal {
    MALFORMED(RefusalCode.PHONE_INVALID),
    NOT_MOBILE(RefusalCode.PHONE_NOT_MOBILE),
    COUNTRY_NOT_ALLOWED(RefusalCode.PHONE_COUNTRY_NOT_ALLOWED);

    private final RefusalCode refusal;

    PhoneProblem(RefusalCode refusal) {
        this.refusal = refusal;
    }

    @Override
    public RefusalCode refusal() {
        return refusal;
    }
}
