package io.finguard.adapters.telco;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A small circuit breaker: CLOSED lets calls through and opens after {@code failureThreshold} failures in a row;
 * OPEN refuses every call for {@code openFor}; then HALF_OPEN lets exactly one trial call through, which closes the
 * breaker on success and opens it again on failure. Hand-written rather than resilience4j: one caller, three states
 * and a clock the tests move, in under a hundred lines, with no dependency to keep up to date.
 */
public final class CircuitBreaker {
    /** The breaker's state. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;
    private State state = State.CLOSED;
    private int failures;
    private Instant openedAt = Instant.MIN;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor, Clock clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1");
        }
        this.failureThreshold = failureThreshold;
        this.openFor = Objects.requireNonNull(openFor, "openFor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** True when a call may go out now; in HALF_OPEN only the one trial call gets true until it reports back. */
    public synchronized boolean tryAcquire() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (trialInFlight) {
                    yield false;
                }
                trialInFlight = true;
                yield true;
            }
        };
    }

    /** The call that was let through worked. */
    public synchronized void onSuccess() {
        state = State.CLOSED;
        failures = 0;
        trialInFlight = false;
    }

    /** The call that was let through failed (outage, timeout, 5xx). */
    public synchronized void onFailure() {
        failures++;
        if (state == State.HALF_OPEN || failures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.instant();
            failures = 0;
            trialInFlight = false;
        }
    }

    public synchronized State state() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(openFor))) {
            return State.HALF_OPEN;
        }
        return state;
    }
}
