package io.finguard.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void theDefaultsKeepEveryKindAtLeastADayAndPaymentAuthorisationsThroughTheDisputeWindow() {
        RetentionPolicy defaults = RetentionPolicy.defaults();
        for (EndedKind kind : EndedKind.values()) {
            assertThat(defaults.periodOf(kind)).as("%s", kind).isGreaterThanOrEqualTo(RetentionPolicy.MINIMUM);
        }
        assertThat(defaults.periodOf(EndedKind.OTP_CHALLENGES)).isEqualTo(Duration.ofDays(7));
        assertThat(defaults.periodOf(EndedKind.RECOVERIES)).isEqualTo(Duration.ofDays(90));
        assertThat(defaults.periodOf(EndedKind.DELIVERED_EVENTS)).isEqualTo(Duration.ofDays(7));
        assertThat(defaults.periodOf(EndedKind.DEAD_EVENTS)).as("longer than delivered ones: time to redeliver")
                .isEqualTo(Duration.ofDays(90)).isGreaterThan(defaults.periodOf(EndedKind.DELIVERED_EVENTS));
        assertThat(defaults.periodOf(EndedKind.PAYMENT_AUTHORIZATIONS)).as("the 13 months of PSD2 Art. 71 span at most 397 days")
                .isEqualTo(Duration.ofDays(400)).isGreaterThanOrEqualTo(Duration.ofDays(397));
    }

    @Test
    void theCutoffIsNowLessTheKindsPeriod() {
        RetentionPolicy policy = RetentionPolicy.defaults().with(EndedKind.PHONE_CHANGES, Duration.ofDays(3));
        assertThat(policy.cutoff(EndedKind.PHONE_CHANGES, NOW)).isEqualTo(NOW.minus(Duration.ofDays(3)));
        assertThat(policy.cutoff(EndedKind.SESSIONS, NOW)).isEqualTo(NOW.minus(Duration.ofDays(7)));
    }

    @Test
    void aPeriodUnderADayOrAMissingKindIsRefused() {
        assertThatThrownBy(() -> RetentionPolicy.defaults().with(EndedKind.SIGNUPS, Duration.ofHours(23)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SIGNUPS");
        Map<EndedKind, Duration> partial = new EnumMap<>(RetentionPolicy.defaults().periods());
        partial.remove(EndedKind.RECOVERIES);
        assertThatThrownBy(() -> new RetentionPolicy(partial)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("RECOVERIES");
    }
}
