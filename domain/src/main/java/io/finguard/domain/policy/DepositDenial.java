package io.finguard.domain.policy;

/** Why a deposit was refused; each has a stable code for clients. */
public enum DepositDenial {
    INVALID_AMOUNT("invalid_amount"),
    CURRENCY_MISMATCH("currency_mismatch"),
    ACCOUNT_NOT_ACTIVE("account_not_active"),
    BALANCE_CAP("balance_cap");

    private final String code;

    DepositDenial(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
