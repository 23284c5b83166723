package io.finguard.domain.policy;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.RefusalCode;

/** Why a proven phone may not log in; says no more than needed. */
public enum LoginDenial implements CodedRefusal {
    SIGNUP_REJECTED(RefusalCode.SIGNUP_REJECTED),
    USER_BLOCKED(RefusalCode.USER_BLOCKED),
    ACCOUNT_MISSING(RefusalCode.ACCOUNT_MISSING),
    ACCOUNT_CLOSED(RefusalCode.ACCOUNT_CLOSED);

    private final RefusalCode refusal;

    LoginDenial(RefusalCode refusal) {
        this.refusal = refusal;
    }

    @Override
    public RefusalCode refusal() {
        return refusal;
    }
}
