package io.finguard.domain.txauth;

/** The states of a payment authorisation, as stored and shown. */
public enum AuthorizationStatus {
    PENDING, CONFIRMED, USED, EXPIRED, FAILED
}
