package io.finguard.adapters.telco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.fixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** CLOSED -> OPEN after the threshold in a row; OPEN refuses for the period; HALF_OPEN lets one trial through. */
class CircuitBreakerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofSeconds(10), clock);

    @Test
    void aSuccessInBetweenResetsTheCount() {
        breaker.tryAcquire();
        breaker.onFailure();
        breaker.tryAcquire();
        breaker.onSuccess();
        breaker.tryAcquire();
        breaker.onFailure();

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void opensAfterTheThresholdAndRefusesUntilThePeriodEnds() {
        breaker.onFailure();
        breaker.onFailure();

        assertThat(breaker.tryAcquire()).isFalse();
        clock.advance(Duration.ofSeconds(9));
        assertThat(breaker.tryAcquire()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    }

    @Test
    void halfOpenLetsExactlyOneTrialThroughUntilItReportsBack() {
        breaker.onFailure();
        breaker.onFailure();
        clock.advance(Duration.ofSeconds(10));

        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.tryAcquire()).isFalse();
        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void aFailedTrialOpensAgainAtOnce() {
        breaker.onFailure();
        breaker.onFailure();
        clock.advance(Duration.ofSeconds(10));
        assertThat(breaker.tryAcquire()).isTrue();

        breaker.onFailure();

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void aThresholdBelowOneIsRefused() {
        assertThatThrownBy(() -> new CircuitBreaker(0, Duration.ofSeconds(1), clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
