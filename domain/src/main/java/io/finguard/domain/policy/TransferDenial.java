package io.finguard.domain.policy;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.RefusalCode;

/** Why a transfer was refused; each has a stable code for clients. */
public enum TransferDenial implements CodedRefusal {
    INSUFFICIENT_TIER(RefusalCode.INSUFFICIENT_TIER),
    MISSING_SCOPE(RefusalCode.INSUFFICIENT_SCOPE),
    ACCOUNT_NOT_ACTIVE(RefusalCode.ACCOUNT_NOT_ACTIVE),
    RECIPIENT_NOT_ACTIVE(RefusalCode.RECIPIENT_NOT_ACTIVE),
    SAME_ACCOUNT(RefusalCode.SAME_ACCOUNT),
    INVALID_AMOUNT(RefusalCode.INVALID_AMOUNT),
    CURRENCY_MISMATCH(RefusalCode.CURRENCY_MISMATCH),
    DAILY_LIMIT_EXCEEDED(RefusalCode.DAILY_LIMIT_EXCEEDED),
    INSUFFICIENT_FUNDS(RefusalCode.INSUFFICIENT_FUNDS),
    RECIPIENT_BALANCE_CAP(RefusalCode.RECIPIENT_BALANCE_CAP),
    /** The payer's number moved to another SIM inside the window: no money leaves until it ends. */
    SIM_SWAP_HOLD(RefusalCode.SIM_SWAP_HOLD),
    /** The network could not say whether the payer's SIM was swapped: only a step-up by password may pay. */
    PASSWORD_STEP_UP_REQUIRED(RefusalCode.PASSWORD_REQUIRED),
    /** The phone number changed (or was recovered) within the cooling-off period: no outgoing money yet. */
    COOLING_OFF(RefusalCode.COOLING_OFF);

    private final RefusalCode refusal;

    TransferDenial(RefusalCode refusal) {
        this.refusal = refusal;
    }

    @Override
    public RefusalCode refusal() {
        return refusal;
    }
}
