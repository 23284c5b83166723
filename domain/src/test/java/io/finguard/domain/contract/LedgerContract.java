package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.money;
import static io.finguard.domain.fixtures.Samples.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.Ledger;
import io.finguard.domain.port.out.TransferRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link Ledger} does: transfers found by idempotency key (unique per initiator), outgoing sums. */
public abstract class LedgerContract extends PersistenceContract {

    private Ledger ledger() {
        return ports.ledger();
    }

    private TransferRecord recorded(UserId initiator, AccountId source, Money amount, Instant at) {
        TransferRecord transfer = transfer(initiator, source, SampleValues.accountId(), amount, at);
        runInTx(() -> ledger().record(transfer));
        return transfer;
    }

    @Test
    void aTransferIsFoundByItsInitiatorAndKeyWithAllItsFields() {
        TransferRecord transfer = recorded(SampleValues.userId(), SampleValues.accountId(), money(2_500), T0);

        assertThat(inTx(() -> ledger().findByIdempotencyKey(transfer.initiator(), transfer.idempotencyKey()))).contains(transfer);
    }

    @Test
    void anUnknownKeyOrAnotherInitiatorsKeyFindsNothing() {
        TransferRecord transfer = recorded(SampleValues.userId(), SampleValues.accountId(), money(100), T0);

        assertThat(inTx(() -> ledger().findByIdempotencyKey(transfer.initiator(), "idem-never-used"))).isEmpty();
        assertThat(inTx(() -> ledger().findByIdempotencyKey(SampleValues.userId(), transfer.idempotencyKey()))).isEmpty();
    }

    @Test
    void theSameKeyTwiceFromOneInitiatorIsRefusedAndTheFirstTransferStands() {
        TransferRecord first = recorded(SampleValues.userId(), SampleValues.accountId(), money(100), T0);
        TransferRecord again = new TransferRecord(SampleValues.transferId(), first.initiator(), first.idempotencyKey(),
                "sha256:other-body", first.source(), first.destination(), money(999), T0.plusSeconds(1));

        assertThatThrownBy(() -> runInTx(() -> ledger().record(again))).isInstanceOf(DuplicateException.class);
        assertThat(inTx(() -> ledger().findByIdempotencyKey(first.initiator(), first.idempotencyKey()))).contains(first);
        assertThat(inTx(() -> ledger().outgoingSince(first.source(), T0, SampleValues.CURRENCY))).isEqualTo(money(100));
    }

    @Test
    void twoInitiatorsMayUseTheSameKey() {
        TransferRecord mine = recorded(SampleValues.userId(), SampleValues.accountId(), money(100), T0);
        TransferRecord theirs = new TransferRecord(SampleValues.transferId(), SampleValues.userId(), mine.idempotencyKey(),
                mine.requestHash(), SampleValues.accountId(), SampleValues.accountId(), money(200), T0);

        runInTx(() -> ledger().record(theirs));

        assertThat(inTx(() -> ledger().findByIdempotencyKey(theirs.initiator(), mine.idempotencyKey()))).contains(theirs);
        assertThat(inTx(() -> ledger().findByIdempotencyKey(mine.initiator(), mine.idempotencyKey()))).contains(mine);
    }

    @Test
    void outgoingSinceSumsTheAccountsTransfersOutFromTheInstantOn() {
        UserId owner = SampleValues.userId();
        AccountId account = SampleValues.accountId();
        recorded(owner, account, money(1_000), T0.minusSeconds(1));
        recorded(owner, account, money(200), T0);
        recorded(owner, account, money(30), T0.plusSeconds(3600));
        runInTx(() -> {
            ledger().record(transfer(SampleValues.userId(), SampleValues.accountId(), account, money(5_000), T0.plusSeconds(60)));
            ledger().recordDeposit(account, money(7_000), T0.plusSeconds(120));
        });

        assertThat(inTx(() -> ledger().outgoingSince(account, T0, SampleValues.CURRENCY))).isEqualTo(money(230));
        assertThat(inTx(() -> ledger().outgoingSince(account, T0.minusSeconds(1), SampleValues.CURRENCY))).isEqualTo(money(1_230));
        assertThat(inTx(() -> ledger().outgoingSince(account, T0.plusSeconds(3601), SampleValues.CURRENCY))).isEqualTo(money(0));
    }

    @Test
    void outgoingSinceCountsOnlyTheAskedCurrency() {
        AccountId account = SampleValues.accountId();
        recorded(SampleValues.userId(), account, money(40), T0);
        recorded(SampleValues.userId(), account, Money.of(700, "USD"), T0);

        assertThat(inTx(() -> ledger().outgoingSince(account, T0, "USD"))).isEqualTo(Money.of(700, "USD"));
        assertThat(inTx(() -> ledger().outgoingSince(SampleValues.accountId(), T0, "USD"))).isEqualTo(Money.zero("USD"));
    }

    @Test
    void theSameKeyFromManyThreadsMakesOneTransfer() throws Exception {
        int threads = 10;
        UserId initiator = SampleValues.userId();
        AccountId source = SampleValues.accountId();
        AccountId destination = SampleValues.accountId();
        String key = "idem-" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Optional<TransferRecord>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return Optional.of(inTx(() -> ledger().findByIdempotencyKey(initiator, key).orElseGet(() -> {
                            TransferRecord made = new TransferRecord(SampleValues.transferId(), initiator, key, "sha256:body",
                                    source, destination, money(10), T0);
                            ledger().record(made);
                            return made;
                        })));
                    } catch (DuplicateException lostTheRace) {
                        return Optional.<TransferRecord>empty();
                    }
                }));
            }
            start.countDown();
            for (Future<Optional<TransferRecord>> r : results) {
                r.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        TransferRecord stored = inTx(() -> ledger().findByIdempotencyKey(initiator, key)).orElseThrow();
        for (Future<Optional<TransferRecord>> r : results) {
            r.get().ifPresent(seen -> assertThat(seen).isEqualTo(stored));
        }
        assertThat(inTx(() -> ledger().outgoingSince(source, T0, SampleValues.CURRENCY))).isEqualTo(money(10));
    }

    @Test
    void aPayeeIsPaidOnlyAfterATransferFromThatSourceToIt() {
        UserId initiator = UserId.of(UUID.randomUUID());
        AccountId source = SampleValues.accountId();
        AccountId payee = SampleValues.accountId();
        assertThat(inTx(() -> ledger().hasPaid(source, payee))).isFalse();
        runInTx(() -> ledger().record(transfer(initiator, source, payee, money(500), T0)));

        assertThat(inTx(() -> ledger().hasPaid(source, payee))).isTrue();
        assertThat(inTx(() -> ledger().hasPaid(payee, source))).isFalse();
    }
}
