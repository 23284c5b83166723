package io.finguard.domain.session;

/** Why a refresh-token family ended. */
public enum RevocationReason {
    LOGOUT,
    TOKEN_REUSE,
    EXPIRED,
    USER_BLOCKED,
    CREDENTIALS_CHANGED
}
