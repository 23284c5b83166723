package io.finguard.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.finguard.domain.model.Money;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import org.junit.jupiter.api.Test;

/** Tier capabilities of flows.md: LIMITED reads and submits KYC, FULL may transfer; caps and limits per tier. */
class TierPolicyTest {
    private static final TierPolicy TIERS = TierPolicy.defaults("EUR");

    @Test
    void limitedMaySubmitKycButNotTransfer() {
        assertThat(TIERS.scopes(Tier.LIMITED))
                .containsExactlyInAnyOrder(Scope.PROFILE_READ, Scope.BALANCE_READ, Scope.KYC_SUBMIT, Scope.SESSION_MANAGE);
    }

    @Test
    void fullMayTransferAndNoLongerSubmitsKyc() {
        assertThat(TIERS.scopes(Tier.FULL))
                .containsExactlyInAnyOrder(Scope.PROFILE_READ, Scope.BALANCE_READ, Scope.TRANSFER_CREATE, Scope.SESSION_MANAGE);
    }

    @Test
    void aFrozenAccountOnlyReadsAndManagesSessions() {
        assertThat(TIERS.frozenScopes()).containsExactlyInAnyOrder(Scope.PROFILE_READ, Scope.BALANCE_READ, Scope.SESSION_MANAGE);
    }

    @Test
    void defaultCapsAndLimits() {
        assertThat(TIERS.balanceCap(Tier.LIMITED)).isEqualTo(Money.of(100_000, "EUR"));
        assertThat(TIERS.balanceCap(Tier.FULL)).isEqualTo(Money.of(10_000_000, "EUR"));
        assertThat(TIERS.dailyTransferLimit(Tier.FULL)).isEqualTo(Money.of(500_000, "EUR"));
        assertThat(TIERS.currency()).isEqualTo("EUR");
    }

    @Test
    void limitedCannotSendSoItsDailyLimitIsZero() {
        assertThat(TIERS.dailyTransferLimit(Tier.LIMITED)).isEqualTo(Money.zero("EUR"));
    }

    @Test
    void theLimitedCapMayEqualButNotExceedTheFullCap() {
        assertThat(new TierPolicy(Money.of(500, "EUR"), Money.of(500, "EUR"), Money.of(100, "EUR")).balanceCap(Tier.LIMITED))
                .isEqualTo(Money.of(500, "EUR"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TierPolicy(Money.of(501, "EUR"), Money.of(500, "EUR"), Money.of(100, "EUR")));
    }

    @Test
    void allAmountsAreInOneCurrency() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TierPolicy(Money.of(100, "EUR"), Money.of(500, "EUR"), Money.of(100, "USD")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TierPolicy(Money.of(100, "USD"), Money.of(500, "EUR"), Money.of(100, "EUR")));
    }

    @Test
    void capsAndLimitsAreNotNegative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TierPolicy(Money.of(-1, "EUR"), Money.of(500, "EUR"), Money.of(100, "EUR")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TierPolicy(Money.of(100, "EUR"), Money.of(500, "EUR"), Money.of(-1, "EUR")));
    }
}
