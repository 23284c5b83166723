package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.CURRENCY;
import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.money;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.account.Account;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.Money;
import io.finguard.domain.port.out.AccountOverviews;
import io.finguard.domain.port.out.AccountOverviews.AccountOverview;
import io.finguard.domain.user.User;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountOverviews} does: the user and their account as stored, the outgoing sum from the instant on
 * in the currency, nothing for a user without an account, and all of it without the caller opening a transaction.
 */
public abstract class AccountOverviewsContract extends PersistenceContract {

    private AccountOverviews overviews() {
        return ports.accountOverviews();
    }

    private record Owner(User.Active user, Account account) {
    }

    private Owner owner(Money balance) {
        User.Active user = Samples.user(phone(), T0);
        Account account = Samples.account(user.id(), balance, T0);
        runInTx(() -> {
            ports.users().add(user);
            ports.accounts().add(account);
        });
        return new Owner(user, account);
    }

    private void paid(AccountId source, Money amount, java.time.Instant at) {
        runInTx(() -> ports.ledger().record(Samples.transfer(SampleValues.userId(), source, SampleValues.accountId(), amount, at)));
    }

    @Test
    void theOverviewHoldsTheUserAndAccountAsStoredAndSumsWhatWentOutFromTheInstantOnWithoutATransaction() {
        Owner owner = owner(money(50_000));
        AccountId source = owner.account().core().id();
        paid(source, money(1_000), T0.minusSeconds(1));
        paid(source, money(200), T0);
        paid(source, money(30), T0.plusSeconds(3_600));
        paid(SampleValues.accountId(), money(7_000), T0.plusSeconds(60));

        Optional<AccountOverview> overview = overviews().of(owner.user().id(), T0, CURRENCY);

        assertThat(overview).contains(new AccountOverview(owner.user(), owner.account(), money(230)));
    }

    @Test
    void anOwnerWhoSentNothingInTheCurrencySentZeroInIt() {
        Owner owner = owner(money(10));
        paid(owner.account().core().id(), money(500), T0.plusSeconds(1));

        assertThat(overviews().of(owner.user().id(), T0, "USD")).map(AccountOverview::sent).contains(Money.zero("USD"));
        assertThat(overviews().of(owner.user().id(), T0.plusSeconds(2), CURRENCY)).map(AccountOverview::sent).contains(money(0));
    }

    @Test
    void aUserWithoutAnAccountOrNoUserHasNoOverview() {
        User.Active alone = Samples.user(phone(), T0);
        runInTx(() -> ports.users().add(alone));

        assertThat(overviews().of(alone.id(), T0, CURRENCY)).isEmpty();
        assertThat(overviews().of(SampleValues.userId(), T0, CURRENCY)).isEmpty();
    }

    @Test
    void theHolderIsTheUserWithTheirAccountOrWithoutOneAndNothingForNoUser() {
        Owner owner = owner(money(70));
        User.Active alone = Samples.user(phone(), T0);
        runInTx(() -> ports.users().add(alone));

        assertThat(overviews().holder(owner.user().id())).contains(new AccountOverviews.Holder(owner.user(), Optional.of(owner.account())));
        assertThat(overviews().holder(alone.id())).contains(new AccountOverviews.Holder(alone, Optional.empty()));
        assertThat(overviews().holder(SampleValues.userId())).isEmpty();
    }

    @Test
    void theHolderInsideATransactionSeesThatTransactionsOwnAccount() {
        User.Active user = Samples.user(phone(), T0);
        Account account = Samples.account(user.id(), money(5), T0);

        Optional<AccountOverviews.Holder> seen = inTx(() -> {
            ports.users().add(user);
            ports.accounts().add(account);
            return overviews().holder(user.id());
        });

        assertThat(seen).contains(new AccountOverviews.Holder(user, Optional.of(account)));
    }

    @Test
    void insideATransactionItSeesThatTransactionsOwnWrites() {
        Owner owner = owner(money(100));

        Optional<AccountOverview> seen = inTx(() -> {
            ports.ledger().record(Samples.transfer(owner.user().id(), owner.account().core().id(), SampleValues.accountId(), money(40),
                    T0.plusSeconds(5)));
            return overviews().of(owner.user().id(), T0, CURRENCY);
        });

        assertThat(seen).map(AccountOverview::sent).contains(money(40));
    }
}
