package io.finguard.domain.model;

/** Whether a user may authenticate at all. */
public enum UserStatus {
    ACTIVE,
    BLOCKED
}
