package io.finguard.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.account.Account;
import io.finguard.domain.account.AccountCore;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every deposit denial and the edges of the balance cap, for a LIMITED (cap 100,000) and a FULL account. */
class DepositRulesTest {
    private static final TierPolicy TIERS = TierPolicy.defaults("EUR");
    private static final DepositRules RULES = new DepositRules(TIERS);

    private static AccountCore core(AccountStatus status, long balance) {
        return new AccountCore(AccountId.of(UUID.fromString("00000000-0000-4000-8000-0000000000c1")),
                UserId.of(UUID.fromString("00000000-0000-4000-8000-0000000000b1")), status, Money.of(balance, "EUR"),
                Instant.parse("2026-03-01T10:00:00Z"), 0);
    }

    private static Account limited(AccountStatus status, long balance) {
        return new Account.Unverified(core(status, balance));
    }

    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }

    @Test
    void aDepositUpToTheTiersCapIsAllowed() {
        assertThat(RULES.check(limited(AccountStatus.ACTIVE, 40_000), eur(60_000))).isEmpty();
        assertThat(RULES.check(new Account.Verified(core(AccountStatus.ACTIVE, 40_000), 1), eur(9_960_000))).isEmpty();
    }

    @Test
    void oneCentOverTheTiersCapIsRefused() {
        assertThat(RULES.check(limited(AccountStatus.ACTIVE, 40_000), eur(60_001))).contains(DepositDenial.BALANCE_CAP);
        assertThat(RULES.check(new Account.Verified(core(AccountStatus.ACTIVE, 40_000), 1), eur(9_960_001)))
                .contains(DepositDenial.BALANCE_CAP);
    }

    @Test
    void aHugeAmountIsRefusedNotOverflowed() {
        assertThat(RULES.check(limited(AccountStatus.ACTIVE, 40_000), eur(Long.MAX_VALUE))).contains(DepositDenial.BALANCE_CAP);
    }

    @Test
    void zeroOrNegativeAmountsAreInvalid() {
        assertThat(RULES.check(limited(AccountStatus.ACTIVE, 0), eur(0))).contains(DepositDenial.INVALID_AMOUNT);
        assertThat(RULES.check(limited(AccountStatus.ACTIVE, 0), eur(-5))).contains(DepositDenial.INVALID_AMOUNT);
    }

    @Test
    void anotherCurrencyIsRefused() {
        assertThat(RULES.check(limited(AccountStatus.ACTIVE, 0), Money.of(100, "USD"))).contains(DepositDenial.CURRENCY_MISMATCH);
    }

    @Test
    void aFrozenOrClosedAccountTakesNoDeposit() {
        assertThat(RULES.check(limited(AccountStatus.FROZEN, 0), eur(100))).contains(DepositDenial.ACCOUNT_NOT_ACTIVE);
        assertThat(RULES.check(limited(AccountStatus.CLOSED, 0), eur(100))).contains(DepositDenial.ACCOUNT_NOT_ACTIVE);
    }
}
