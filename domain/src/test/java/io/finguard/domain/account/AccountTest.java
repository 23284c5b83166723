package io.finguard.domain.account;

import static io.finguard.domain.account.AccountTransitionTableTest.AT;
import static io.finguard.domain.account.AccountTransitionTableTest.core;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.Transition;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** KYC with bounded resubmission as a customer goes through it, and the tier that follows from the stage. */
class AccountTest {

    @Test
    void aNewAccountIsUnverifiedAndLimited() {
        Account account = Account.open(core(AccountStatus.ACTIVE));

        assertThat(account).isEqualTo(new Account.Unverified(core(AccountStatus.ACTIVE)));
        assertThat(account.kycStatus()).isEqualTo(KycStatus.NOT_SUBMITTED);
        assertThat(account.kycSubmissions()).isZero();
        assertThat(account.tier()).isEqualTo(Tier.LIMITED);
    }

    @Test
    void withAMaximumOfThreeTheThirdSubmissionIsAllowedAndTheFourthRefused() {
        AccountEvent submit = new AccountEvent.SubmitKyc(3, AT);
        AccountEvent reject = new AccountEvent.KycDecided(false, AT);
        Account account = Account.open(core(AccountStatus.ACTIVE));

        for (int submission = 1; submission <= 3; submission++) {
            Transition<Account> submitted = account.on(submit);
            assertThat(submitted).as("submission %d", submission).isInstanceOf(Transition.Moved.class);
            assertThat(submitted.state().kycSubmissions()).isEqualTo(submission);
            account = submitted.state().on(reject).state();
            assertThat(account.kycStatus()).isEqualTo(KycStatus.REJECTED);
        }

        assertThat(account.on(submit)).isEqualTo(Transition.rejected(account, Rejection.KYC_RESUBMISSIONS_EXHAUSTED));
    }

    @Test
    void aVerifiedDecisionMakesTheAccountFull() {
        Account verified = Account.open(core(AccountStatus.ACTIVE))
                .on(new AccountEvent.SubmitKyc(3, AT)).state()
                .on(new AccountEvent.KycDecided(true, AT)).state();

        assertThat(verified.kycStatus()).isEqualTo(KycStatus.VERIFIED);
        assertThat(verified.tier()).isEqualTo(Tier.FULL);
    }

    static Stream<Account> everyStageInEveryStatus() {
        return Arrays.stream(AccountStatus.values()).flatMap(s -> AccountTransitionTableTest.stagesIn(s).stream());
    }

    @ParameterizedTest
    @MethodSource("everyStageInEveryStatus")
    void tierIsFullOnlyWhenVerified(Account account) {
        Tier expected = account instanceof Account.Verified ? Tier.FULL : Tier.LIMITED;

        assertThat(account.tier()).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(AccountStatus.class)
    void eachStageReportsItsKycStatus(AccountStatus status) {
        assertThat(AccountTransitionTableTest.stagesIn(status)).extracting(Account::kycStatus)
                .containsExactly(KycStatus.NOT_SUBMITTED, KycStatus.PENDING, KycStatus.REJECTED, KycStatus.VERIFIED);
    }

    @Test
    void aBalanceNeverGoesNegativeAndPendingOrRejectedNeedASubmission() {
        assertThatIllegalArgumentException().isThrownBy(() -> core(AccountStatus.ACTIVE).withBalance(Money.of(-1, "EUR")));
        assertThatIllegalArgumentException().isThrownBy(() -> new Account.KycPending(core(AccountStatus.ACTIVE), 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Account.KycRejected(core(AccountStatus.ACTIVE), 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new AccountEvent.SubmitKyc(0, AT));
    }

    @Test
    void onlyAPositiveAmountCanBeDebitedOrCredited() {
        for (long minor : new long[] {0, -1}) {
            assertThatIllegalArgumentException().isThrownBy(() -> new AccountEvent.Debit(Money.of(minor, "EUR"), AT));
            assertThatIllegalArgumentException().isThrownBy(() -> new AccountEvent.Credit(Money.of(minor, "EUR"), AT));
        }
    }
}
