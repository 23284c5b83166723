package io.finguard.domain.session;

/** Why a refresh-token family ended. */
public enum RevocationReason {
    LOGOUT,
    TOKEN_REUSE,
    EXPIRED,
    USER_BLOCKED,
    CREDENTIALS_CHANGED,
    /** The account moved to another number (change of number or recovery): every other session ends. */
    PHONE_CHANGED,
    /** An operator closed the user's account. */
    ACCOUNT_CLOSED,
    /** Replaced by a new family after a step-up within the session. */
    REPLACED,
    /** The user started one session more than the cap allows, and this one was the longest unused. */
    SESSION_LIMIT,
    /** An operator ended it (with a reason kept in the audit log). */
    OPERATOR,
    /** The user's number went to someone else, who released it from this dormant account. */
    PHONE_RELEASED
}
