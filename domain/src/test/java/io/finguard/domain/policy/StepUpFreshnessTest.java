package io.finguard.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.model.AssuranceLevel;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StepUpFreshnessTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private final StepUpFreshness freshness = StepUpFreshness.defaults();

    @ParameterizedTest(name = "{0} proven {1} s ago -> {2}")
    @CsvSource({
            "AAL2, 0, true",
            "AAL2, 300, true",
            "AAL2, 301, false",
            "AAL2, -1, false",
            "AAL1, 0, false"})
    void onlyARecentSecondFactorIsFresh(AssuranceLevel acr, long secondsAgo, boolean fresh) {
        assertThat(freshness.isFresh(acr, NOW.minusSeconds(secondsAgo), NOW)).isEqualTo(fresh);
    }

    @Test
    void theWindowMustBePositive() {
        assertThatThrownBy(() -> new StepUpFreshness(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
