package io.finguard.domain.phone;

/** The stored name of each {@link PhoneChange} state. */
public enum PhoneChangeStatus {
    PENDING,
    COMPLETED,
    SUPERSEDED,
    EXPIRED
}
