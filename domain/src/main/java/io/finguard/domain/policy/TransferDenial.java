package io.finguard.domain.policy;

/** Why a transfer was refused; each has a stable code for clients. */
public enum TransferDenial {
    INSUFFICIENT_TIER("insufficient_tier"),
    MISSING_SCOPE("insufficient_scope"),
    STEP_UP_REQUIRED("step_up_required"),
    ACCOUNT_NOT_ACTIVE("account_not_active"),
    RECIPIENT_NOT_ACTIVE("recipient_not_active"),
    SAME_ACCOUNT("same_account"),
    INVALID_AMOUNT("invalid_amount"),
    CURRENCY_MISMATCH("currency_mismatch"),
    DAILY_LIMIT_EXCEEDED("daily_limit_exceeded"),
    INSUFFICIENT_FUNDS("insufficient_funds"),
    RECIPIENT_BALANCE_CAP("recipient_balance_cap");

    private final String code;

    TransferDenial(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
