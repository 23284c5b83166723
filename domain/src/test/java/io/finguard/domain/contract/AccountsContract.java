package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.account.Account;
import io.finguard.domain.account.AccountCore;
import io.finguard.domain.account.AccountEvent;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.port.out.ConcurrentUpdateException;
import io.finguard.domain.port.out.DuplicateException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link Accounts} store does: round trips of every KYC stage and status, one per owner, versions, locks. */
public abstract class AccountsContract extends PersistenceContract {

    private Accounts accounts() {
        return ports.accounts();
    }

    static Stream<Arguments> everyKycStageAndStatus() {
        return Arrays.stream(KycStatus.values())
                .flatMap(kyc -> Arrays.stream(AccountStatus.values()).map(status -> Arguments.of(kyc, status)));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("everyKycStageAndStatus")
    void everyKycStageAndStatusComesBackWithAllItsFields(KycStatus kyc, AccountStatus status) {
        Account account = Samples.account(kyc, status, money(12_345), T0);
        runInTx(() -> accounts().add(account));

        assertThat(inTx(() -> accounts().lock(account.core().id()))).contains(account);
        assertThat(inTx(() -> accounts().findByOwner(account.core().owner()))).contains(account);
        assertThat(inTx(() -> accounts().lockByOwner(account.core().owner()))).contains(account);
        assertThat(account.kycStatus()).isEqualTo(kyc);
    }

    @Test
    void unknownIdsAndOwnersFindNothing() {
        assertThat(inTx(() -> accounts().lock(SampleValues.accountId()))).isEmpty();
        assertThat(inTx(() -> accounts().findByOwner(SampleValues.userId()))).isEmpty();
        assertThat(inTx(() -> accounts().lockByOwner(SampleValues.userId()))).isEmpty();
    }

    @Test
    void aSecondAccountForTheSameOwnerIsRefused() {
        UserId owner = SampleValues.userId();
        Account first = Samples.account(owner, money(0), T0);
        runInTx(() -> accounts().add(first));

        assertThatThrownBy(() -> runInTx(() -> accounts().add(Samples.account(owner, money(5), T0))))
                .isInstanceOf(DuplicateException.class);
        assertThat(inTx(() -> accounts().findByOwner(owner))).contains(first);
    }

    @Test
    void aNewBalanceAndKycStageAreStoredWithTheNextVersion() {
        Account.Unverified account = Samples.account(SampleValues.userId(), money(100), T0);
        runInTx(() -> accounts().add(account));

        AccountCore core = account.core();
        runInTx(() -> accounts().update(new Account.KycPending(new AccountCore(core.id(), core.owner(), core.status(), money(250),
                core.openedAt(), core.version()), 1)));

        Account stored = inTx(() -> accounts().lock(account.core().id())).orElseThrow();
        assertThat(stored).isInstanceOf(Account.KycPending.class);
        assertThat(stored.core().balance()).isEqualTo(money(250));
        assertThat(stored.core().version()).isEqualTo(1L);
        assertThat(stored.kycSubmissions()).isEqualTo(1);
    }

    @Test
    void anUpdateWithAStaleVersionOrOfAnUnknownAccountIsRefused() {
        Account.Unverified account = Samples.account(SampleValues.userId(), money(100), T0);
        runInTx(() -> accounts().add(account));
        runInTx(() -> accounts().update(account.on(new AccountEvent.Debit(money(10), T0)).state()));

        assertThatThrownBy(() -> runInTx(() -> accounts().update(account.on(new AccountEvent.Debit(money(100), T0)).state())))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> runInTx(() -> accounts().update(Samples.account(SampleValues.userId(), money(1), T0))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> accounts().lock(account.core().id()))).get()
                .extracting(a -> a.core().balance()).isEqualTo(money(90));
    }

    @Test
    void lockedReadModifyWriteLosesNoUpdateUnderConcurrency() throws Exception {
        int threads = 4;
        int incrementsEach = 10;
        Account.Unverified account = Samples.account(SampleValues.userId(), money(0), T0);
        runInTx(() -> accounts().add(account));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < incrementsEach; i++) {
                        runInTx(() -> {
                            Account locked = accounts().lock(account.core().id()).orElseThrow();
                            accounts().update(locked.on(new AccountEvent.Credit(money(1), T0)).state());
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        AccountCore stored = inTx(() -> accounts().lock(account.core().id())).orElseThrow().core();
        assertThat(stored.balance()).isEqualTo(money((long) threads * incrementsEach));
        assertThat(stored.version()).isEqualTo((long) threads * incrementsEach);
    }
}
