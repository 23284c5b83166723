package io.finguard.domain.policy;

import io.finguard.domain.model.RefusalCode;

/** Why a deposit was refused ({@link DepositRules}); each has a stable code for clients from {@link RefusalCode}. */
public enum DepositDenial {
    INVALID_AMOUNT(RefusalCode.INVALID_AMOUNT),
    CURRENCY_MISMATCH(RefusalCode.CURRENCY_MISMATCH),
    ACCOUNT_NOT_ACTIVE(RefusalCode.ACCOUNT_NOT_ACTIVE),
    BALANCE_CAP(RefusalCode.BALANCE_CAP);

    private final RefusalCode refusal;

    DepositDenial(RefusalCode refusal) {
        this.refusal = refusal;
    }

    /** The wire code this denial answers with. */
    public RefusalCode refusal() {
        return refusal;
    }

    /** The stable machine code for clients. */
    public String code() {
        return refusal.code();
    }
}
