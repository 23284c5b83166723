package io.finguard.domain.policy;

/** Why the risk gate did not simply approve. */
public enum RiskReason {
    UNDER_AGE,
    MISSING_DATE_OF_BIRTH,
    OTP_FAILURES,
    DENYLISTED_PREFIX,
    OPERATOR_DECISION
}
