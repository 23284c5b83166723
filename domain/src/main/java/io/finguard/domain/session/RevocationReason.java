package io.finguard.domain.session;

/** Why a refresh-token family ended. */
public enum RevocationReason {
    LOGOUT,
    TOKEN_REUSE,
    EXPIRED,
    USER_BLOCKED,
    CREDENTIALS_CHANGED,
    /** Replaced by a new family after a step-up within the session. */
    REPLACED
}
