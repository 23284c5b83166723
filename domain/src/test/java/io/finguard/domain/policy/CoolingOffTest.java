package io.finguard.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cooling-off after a change of number: transfers are refused for the period, and only for it. */
class CoolingOffTest {
    static final Instant CHANGED = Instant.parse("2026-05-01T10:00:00Z");
    final CoolingOff rule = CoolingOff.defaults();

    @Test
    void theDefaultPeriodIsSeventyTwoHours() {
        assertThat(rule.period()).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void aTransferInsideThePeriodIsRefusedWithTheCoolingOffCode() {
        Instant now = CHANGED.plus(Duration.ofHours(71));

        assertThat(rule.check(Optional.of(CHANGED), now)).contains(TransferDenial.COOLING_OFF);
        assertThat(TransferDenial.COOLING_OFF.code()).isEqualTo("cooling_off");
        assertThat(rule.until(Optional.of(CHANGED), now)).contains(CHANGED.plus(Duration.ofHours(72)));
    }

    @Test
    void thePeriodEndsExactlyAtItsEnd() {
        Instant end = CHANGED.plus(Duration.ofHours(72));

        assertThat(rule.check(Optional.of(CHANGED), end.minusMillis(1))).contains(TransferDenial.COOLING_OFF);
        assertThat(rule.check(Optional.of(CHANGED), end)).isEmpty();
        assertThat(rule.until(Optional.of(CHANGED), end)).isEmpty();
    }

    @Test
    void aNumberThatNeverMovedHasNoCoolingOff() {
        assertThat(rule.check(Optional.empty(), CHANGED)).isEmpty();
        assertThat(rule.until(Optional.empty(), CHANGED)).isEmpty();
    }

    @Test
    void aZeroPeriodTurnsTheRuleOffAndANegativeOneIsRefused() {
        assertThat(new CoolingOff(Duration.ZERO).check(Optional.of(CHANGED), CHANGED)).isEmpty();
        assertThatThrownBy(() -> new CoolingOff(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
