package io.finguard.domain.model;

/** Account tier: LIMITED until KYC is verified, then FULL. */
public enum Tier {
    LIMITED,
    FULL
}
