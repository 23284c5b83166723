package io.finguard.domain.port.in;

/** What a person signing up should do next. */
public enum SignupStep {
    SET_CREDENTIALS,
    COMPLETE_PROFILE,
    SUBMIT,
    WAIT_FOR_REVIEW,
    LOG_IN,
    NONE
}
