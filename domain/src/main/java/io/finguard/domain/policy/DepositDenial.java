package io.finguard.domain.policy;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.RefusalCode;

/** Why a deposit was refused ({@link DepositRules}); each has a stable code for clients from {@link RefusalCode}. */
public enum DepositDenial implements CodedRefusal {
    INVALID_AMOUNT(RefusalCode.INVALID_AMOUNT),
    CURRENCY_MISMATCH(RefusalCode.CURRENCY_MISMATCH),
    ACCOUNT_NOT_ACTIVE(RefusalCode.ACCOUNT_NOT_ACTIVE),
    BALANCE_CAP(RefusalCode.BALANCE_CAP);

    private final RefusalCode refusal;

    DepositDenial(RefusalCode refusal) {
        this.refusal = refusal;
    }

    /** The wire code this denial answers with. */
    @Override
    public RefusalCode refusal() {
        return refusal;
    }
}
