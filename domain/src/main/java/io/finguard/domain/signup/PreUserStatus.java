package io.finguard.domain.signup;

/** The stored name of each signup state (S1 CREATED to S5 CONVERTED, plus the side exits). */
public enum PreUserStatus {
    CREATED,
    CREDENTIALS_SET,
    PROFILE_COMPLETED,
    UNDER_REVIEW,
    REJECTED,
    CONVERTED,
    EXPIRED;

    /** True for states that accept no further step from the person signing up. */
    public boolean isTerminal() {
        return this == REJECTED || this == CONVERTED || this == EXPIRED;
    }
}
