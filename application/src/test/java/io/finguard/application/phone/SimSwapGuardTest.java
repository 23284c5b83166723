package io.finguard.application.phone;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.MutableClock;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.SimSwapStatus;
import io.finguard.domain.policy.PhoneSignalPolicy;
import io.finguard.domain.policy.SimSwapRisk;
import io.finguard.domain.port.out.DependencyUnavailableException;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guard's cache: bounded, keyed by a salted digest rather than the number, and never holding "cannot say". */
class SimSwapGuardTest {
    private static final PhoneNumber ADA = PhoneNumber.of("+4915112345678");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final List<PhoneNumber> asked = new ArrayList<>();

    private SimSwapGuard guard(SimSwapStatus answer, int size) {
        return new SimSwapGuard((phone, maxAge) -> {
            asked.add(phone);
            assertThat(maxAge).isEqualTo(Duration.ofHours(72));
            return answer;
        }, PhoneSignalPolicy.defaults(), clock, Duration.ofSeconds(60), size);
    }

    @Test
    void theCacheKeyIsNotTheNumberNorItsPlainDigest() throws Exception {
        SimSwapGuard guard = guard(new SimSwapStatus.NotSwapped(), 10);
        guard.assess(ADA);

        Field field = SimSwapGuard.class.getDeclaredField("cache");
        field.setAccessible(true);
        Map<?, ?> cache = (Map<?, ?>) field.get(guard);
        assertThat(cache).hasSize(1);
        String key = (String) cache.keySet().iterator().next();
        assertThat(key).doesNotContain("4915112345678")
                .isNotEqualTo(io.finguard.domain.model.Sha256.hex(ADA.e164()));
    }

    @Test
    void theCacheHoldsAtMostItsSizeAndForgetsTheLeastRecentlyUsed() {
        SimSwapGuard guard = guard(new SimSwapStatus.NotSwapped(), 2);
        PhoneNumber bob = PhoneNumber.of("+4915187654321");
        PhoneNumber carol = PhoneNumber.of("+4915100000001");

        guard.assess(ADA);
        guard.assess(bob);
        guard.assess(ADA);
        guard.assess(carol);   // evicts bob
        guard.assess(ADA);
        guard.assess(bob);

        assertThat(asked).containsExactly(ADA, bob, carol, bob);
    }

    @Test
    void aRecentSwapIsARiskUntilTheWindowEndsEvenFromTheCache() {
        SimSwapGuard guard = guard(new SimSwapStatus.Swapped(clock.instant().minus(Duration.ofHours(72)).plusSeconds(30)), 10);

        assertThat(guard.assess(ADA)).isEqualTo(SimSwapRisk.RECENT_SWAP);
        clock.advance(Duration.ofSeconds(31));
        assertThat(guard.assess(ADA)).isEqualTo(SimSwapRisk.NONE);
        assertThat(asked).hasSize(1);
    }

    @Test
    void anOutageIsUnknownAndAskedAgainNextTime() {
        SimSwapGuard guard = new SimSwapGuard((phone, maxAge) -> {
            asked.add(phone);
            throw new DependencyUnavailableException("telco", Duration.ofSeconds(1), new RuntimeException("down"));
        }, PhoneSignalPolicy.defaults(), clock, Duration.ofSeconds(60), 10);

        assertThat(guard.assess(ADA)).isEqualTo(SimSwapRisk.UNKNOWN);
        assertThat(guard.assess(ADA)).isEqualTo(SimSwapRisk.UNKNOWN);
        assertThat(asked).hasSize(2);
    }
}
