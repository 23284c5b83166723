package io.finguard.adapters.persistence.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.FamilyId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HeardRevocationsTest {
    private static FamilyId fresh() {
        return FamilyId.of(UUID.randomUUID());
    }

    @Test
    void anEndIsKeptForItsLifetimeAndThenForgotten() {
        HeardRevocations heard = new HeardRevocations(10, 1_000);
        FamilyId ended = fresh();

        heard.add(ended, 0);

        assertThat(heard.contains(ended, 999)).isTrue();
        assertThat(heard.contains(ended, 1_000)).isFalse();
    }

    @Test
    void aFullSetMakesRoomFromExpiredEndsAndOtherwiseOverflowsUntilTheNewestWouldHaveExpired() {
        HeardRevocations heard = new HeardRevocations(2, 1_000);
        heard.add(fresh(), 0);
        heard.add(fresh(), 500);
        FamilyId third = fresh();

        heard.add(third, 600);

        assertThat(heard.contains(third, 600)).isFalse();
        assertThat(heard.overflowing(600)).isTrue();
        assertThat(heard.overflowing(1_599)).isTrue();
        assertThat(heard.overflowing(1_600)).isFalse();

        FamilyId fourth = fresh();
        heard.add(fourth, 1_000);
        assertThat(heard.contains(fourth, 1_000)).isTrue();
        assertThat(heard.size()).isEqualTo(2);
    }
}
