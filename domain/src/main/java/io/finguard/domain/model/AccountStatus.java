package io.finguard.domain.model;

/** Operational status of an account; only ACTIVE accounts move money. */
public enum AccountStatus {
    ACTIVE,
    FROZEN,
    CLOSED
}
