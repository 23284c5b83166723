package io.finguard.adapters.telco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.contract.SimSwapCheckContract;
import io.finguard.domain.fixtures.MutableClock;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.SimSwapStatus;
import io.finguard.domain.port.out.SimSwapCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The configurable stub passes the SimSwapCheck contract, and its configuration text is parsed strictly. */
class StubSimSwapCheckTest extends SimSwapCheckContract {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final List<String> entries = new ArrayList<>();

    @Override
    protected SimSwapCheck check() {
        return StubSimSwapCheck.parse(String.join(",", entries), clock);
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }

    @Override
    protected void arrangeSwapped(PhoneNumber phone, Instant at) {
        entries.add(phone.e164() + "=swapped@" + at);
    }

    @Override
    protected void arrangeUnreachable(PhoneNumber phone) {
        entries.add(phone.e164() + "=unknown");
    }

    @Test
    void notSwappedCanBeSaidExplicitlyAndBlankEntriesAreSkipped() {
        SimSwapCheck stub = StubSimSwapCheck.parse(" +4915112345678=not_swapped, ,", clock);

        assertThat(stub.check(PhoneNumber.of("+4915112345678"), Duration.ofHours(72))).isEqualTo(new SimSwapStatus.NotSwapped());
    }

    @Test
    void aMalformedEntryIsRefusedByPositionWithoutEchoingTheNumber() {
        assertThatThrownBy(() -> StubSimSwapCheck.parse("+4915112345678=unknown,+4915187654321=swapped@yesterday", clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry 2").hasMessageNotContaining("4915187654321");
        assertThatThrownBy(() -> StubSimSwapCheck.parse("12345=unknown", clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
