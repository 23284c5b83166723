package io.finguard.domain.model;

/** Where an account stands in identity verification. */
public enum KycStatus {
    NOT_SUBMITTED,
    PENDING,
    VERIFIED,
    REJECTED
}
