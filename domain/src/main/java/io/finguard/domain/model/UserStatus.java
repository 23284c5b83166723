package io.finguard.domain.model;

/** Whether a user may authenticate at all (only ACTIVE may). */
public enum UserStatus {
    ACTIVE,
    BLOCKED,
    /** The number went to someone else; the user is kept but cannot log in by it. */
    PHONE_RELEASED
}
