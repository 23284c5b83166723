package io.finguard.domain.model;

/** Why a state machine refused an event. Each reason has a stable machine code for clients. */
public enum Rejection {
    OTP_EXPIRED("otp_expired"),
    OTP_EXHAUSTED("otp_exhausted"),
    OTP_ALREADY_USED("otp_already_used"),
    OTP_SUPERSEDED("otp_superseded"),
    SIGNUP_EXPIRED("signup_expired"),
    INVALID_STATE("invalid_state"),
    KYC_RESUBMISSIONS_EXHAUSTED("kyc_resubmissions_exhausted"),
    ACCOUNT_NOT_ACTIVE("account_not_active"),
    ACCOUNT_CLOSED("account_closed"),
    INSUFFICIENT_FUNDS("insufficient_funds"),
    USER_BLOCKED("user_blocked"),
    SESSION_REVOKED("session_revoked"),
    SESSION_EXPIRED("session_expired"),
    TOKEN_REUSED("token_reused"),
    TOKEN_UNKNOWN("token_unknown");

    private final String code;

    Rejection(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
