package io.finguard.domain.model;

/** Why a state machine refused an event. Each reason has a stable machine code for clients. */
public enum Rejection implements CodedRefusal {
    OTP_EXPIRED(RefusalCode.OTP_EXPIRED),
    OTP_EXHAUSTED(RefusalCode.OTP_EXHAUSTED),
    OTP_ALREADY_USED(RefusalCode.OTP_ALREADY_USED),
    OTP_SUPERSEDED(RefusalCode.OTP_SUPERSEDED),
    SIGNUP_EXPIRED(RefusalCode.SIGNUP_EXPIRED),
    INVALID_STATE(RefusalCode.INVALID_STATE),
    KYC_RESUBMISSIONS_EXHAUSTED(RefusalCode.KYC_RESUBMISSIONS_EXHAUSTED),
    ACCOUNT_NOT_ACTIVE(RefusalCode.ACCOUNT_NOT_ACTIVE),
    ACCOUNT_CLOSED(RefusalCode.ACCOUNT_CLOSED),
    INSUFFICIENT_FUNDS(RefusalCode.INSUFFICIENT_FUNDS),
    USER_BLOCKED(RefusalCode.USER_BLOCKED),
    SESSION_REVOKED(RefusalCode.SESSION_REVOKED),
    SESSION_EXPIRED(RefusalCode.SESSION_EXPIRED),
    TOKEN_REUSED(RefusalCode.TOKEN_REUSED),
    TOKEN_UNKNOWN(RefusalCode.TOKEN_UNKNOWN),
    RECOVERY_EXPIRED(RefusalCode.RECOVERY_EXPIRED),
    AUTHORIZATION_EXPIRED(RefusalCode.AUTHORIZATION_EXPIRED),
    AUTHORIZATION_FAILED(RefusalCode.AUTHORIZATION_FAILED),
    AUTHORIZATION_USED(RefusalCode.AUTHORIZATION_USED),
    AUTHORIZATION_NOT_CONFIRMED(RefusalCode.AUTHORIZATION_NOT_CONFIRMED),
    AUTHORIZATION_MISMATCH(RefusalCode.AUTHORIZATION_MISMATCH);

    private final RefusalCode refusal;

    Rejection(RefusalCode refusal) {
        this.refusal = refusal;
    }

    @Override
    public RefusalCode refusal() {
        return refusal;
    }
}
