package io.finguard.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.SimSwapStatus;
import io.finguard.domain.port.out.SimSwapCheck;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SimSwapCheck} answers: a swap inside the period with its instant, none for a number never
 * swapped or swapped before the period, and {@code Unknown} (never an exception) when the network cannot answer.
 * Subclasses arrange the network's records.
 */
public abstract class SimSwapCheckContract {
    private static final Duration WINDOW = Duration.ofHours(72);

    protected abstract SimSwapCheck check();

    /** The instant the network's clock reads. */
    protected abstract Instant now();

    /** The network recorded a SIM change for the number at {@code at}. */
    protected abstract void arrangeSwapped(PhoneNumber phone, Instant at);

    /** The network cannot answer about this number (outage, error, timeout). */
    protected abstract void arrangeUnreachable(PhoneNumber phone);

    @Test
    void aSwapInsideThePeriodIsReportedWithItsInstant() {
        PhoneNumber phone = SampleValues.phone();
        Instant at = now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
        arrangeSwapped(phone, at);

        assertThat(check().check(phone, WINDOW)).isEqualTo(new SimSwapStatus.Swapped(at));
    }

    @Test
    void aNumberNeverSwappedIsNotSwapped() {
        assertThat(check().check(SampleValues.phone(), WINDOW)).isEqualTo(new SimSwapStatus.NotSwapped());
    }

    @Test
    void aSwapBeforeThePeriodIsNotSwapped() {
        PhoneNumber phone = SampleValues.phone();
        arrangeSwapped(phone, now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS));

        assertThat(check().check(phone, WINDOW)).isEqualTo(new SimSwapStatus.NotSwapped());
    }

    @Test
    void aNetworkThatCannotAnswerIsUnknownNotAnException() {
        PhoneNumber phone = SampleValues.phone();
        arrangeUnreachable(phone);

        assertThat(check().check(phone, WINDOW)).isEqualTo(new SimSwapStatus.Unknown());
    }
}
