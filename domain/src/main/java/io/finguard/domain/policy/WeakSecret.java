package io.finguard.domain.policy;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.RefusalCode;

/** Why a password or PIN was refused; each has a stable code for clients. */
public enum WeakSecret implements CodedRefusal {
    PASSWORD_TOO_SHORT(RefusalCode.PASSWORD_TOO_SHORT),
    PASSWORD_TOO_LONG(RefusalCode.PASSWORD_TOO_LONG),
    PASSWORD_COMMON(RefusalCode.PASSWORD_COMMON),
    PASSWORD_CONTAINS_PHONE(RefusalCode.PASSWORD_CONTAINS_PHONE),
    PIN_FORMAT(RefusalCode.PIN_FORMAT),
    PIN_TRIVIAL(RefusalCode.PIN_TRIVIAL),
    PIN_COMMON(RefusalCode.PIN_COMMON),
    PIN_DATE(RefusalCode.PIN_DATE),
    PIN_FROM_PHONE(RefusalCode.PIN_FROM_PHONE),
    PIN_FROM_BIRTH_DATE(RefusalCode.PIN_FROM_BIRTH_DATE);

    private final RefusalCode refusal;

    WeakSecret(RefusalCode refusal) {
        this.refusal = refusal;
    }

    @Override
    public RefusalCode refusal() {
        return refusal;
    }
}
