package io.finguard.domain.phone;

/** The stored name of each {@link Recovery} state. */
public enum RecoveryStatus {
    REQUESTED,
    IDENTITY_PENDING,
    APPROVED,
    REJECTED,
    COMPLETED,
    EXPIRED;

    /** Whether the recovery can still go on (it holds the user's one open recovery). */
    public boolean isOpen() {
        return this == REQUESTED || this == IDENTITY_PENDING || this == APPROVED;
    }
}
