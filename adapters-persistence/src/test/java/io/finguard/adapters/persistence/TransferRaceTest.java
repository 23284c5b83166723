package io.finguard.adapters.persistence;

import static io.finguard.adapters.persistence.jooq.Tables.LEDGER_ENTRIES;
import static io.finguard.adapters.persistence.jooq.Tables.TRANSFERS;
import static io.finguard.domain.fixtures.SampleValues.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.account.Account;
import io.finguard.domain.account.AccountCore;
import io.finguard.domain.account.AccountEvent;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.TierPolicy;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.policy.TransferRequest;
import io.finguard.domain.policy.TransferRules;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.Ledger;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.TransferRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Parallel transfers against real PostgreSQL, each thread doing what CreateTransfer does in one transaction:
 * lock both accounts (in id order), replay an earlier transfer under the same Idempotency-Key, check the
 * transfer rules, move the balances and record the transfer with its ledger entries.
 */
class TransferRaceTest {
    private static final String EUR = SampleValues.CURRENCY;
    private final Transactions transactions = PostgresPorts.shared().transactions();
    private final Accounts accounts = PostgresPorts.shared().accounts();
    private final Ledger ledger = PostgresPorts.shared().ledger();
    private final TierPolicy tiers = TierPolicy.defaults(EUR);
    private final TransferRules rules = TransferRules.defaults(tiers);
    private final Instant now = T0.plusSeconds(3600);

    private Account fullAccount(Money deposit) {
        Account opened = new Account.Verified(new AccountCore(SampleValues.accountId(), SampleValues.userId(),
                AccountStatus.ACTIVE, Money.zero(EUR), T0, 0), 1);
        return transactions.inTransaction(() -> {
            accounts.add(opened);
            if (deposit.isPositive()) {
                ledger.recordDeposit(opened.core().id(), deposit, T0);
                accounts.update(opened.on(new AccountEvent.Credit(deposit, T0)).state());
            }
            return accounts.lock(opened.core().id()).orElseThrow();
        });
    }

    private String transfer(Account from, Account to, Money amount, String idempotencyKey) {
        UserId initiator = from.core().owner();
        return transactions.inTransaction(() -> {
            boolean fromFirst = from.core().id().value().compareTo(to.core().id().value()) < 0;
            Account first = accounts.lock((fromFirst ? from : to).core().id()).orElseThrow();
            Account second = accounts.lock((fromFirst ? to : from).core().id()).orElseThrow();
            Account source = fromFirst ? first : second;
            Account destination = fromFirst ? second : first;
            if (ledger.findByIdempotencyKey(initiator, idempotencyKey).isPresent()) {
                return "replayed";
            }
            Money sentToday = ledger.outgoingSince(source.core().id(), now.minusSeconds(86_400), EUR);
            Optional<TransferDenial> denial = rules.check(new TransferRequest(tiers.scopes(Tier.FULL), AssuranceLevel.AAL2,
                    now, source, destination, amount, sentToday, now));
            if (denial.isPresent()) {
                return denial.get().name();
            }
            accounts.update(source.on(new AccountEvent.Debit(amount, now)).state());
            accounts.update(destination.on(new AccountEvent.Credit(amount, now)).state());
            ledger.record(new TransferRecord(SampleValues.transferId(), initiator, idempotencyKey, "sha256:" + idempotencyKey,
                    source.core().id(), destination.core().id(), amount, now));
            return "completed";
        });
    }

    private static Map<String, Long> tally(List<Race.Outcome<String>> outcomes) {
        Map<String, Long> tally = new TreeMap<>();
        outcomes.forEach(o -> tally.merge(o.failed() ? "error:" + o.failure().getClass().getSimpleName() : o.value(), 1L, Long::sum));
        return tally;
    }

    private long balanceOf(AccountId id) {
        return transactions.inTransaction(() -> accounts.lock(id)).orElseThrow().core().balance().minor();
    }

    private static long entriesOf(DSLContext sql, AccountId account) {
        return sql.select(DSL.coalesce(DSL.sum(LEDGER_ENTRIES.AMOUNT_MINOR), BigDecimal.ZERO)).from(LEDGER_ENTRIES)
                .where(LEDGER_ENTRIES.ACCOUNT_ID.eq(account.value())).fetchSingle(0, BigDecimal.class).longValueExact();
    }

    /** Sum over every entry of the transfers out of the account: zero when each posting balances. */
    private static long postingsOf(DSLContext sql, AccountId source) {
        return sql.select(DSL.coalesce(DSL.sum(LEDGER_ENTRIES.AMOUNT_MINOR), BigDecimal.ZERO)).from(LEDGER_ENTRIES)
                .where(LEDGER_ENTRIES.TRANSFER_ID.in(DSL.select(TRANSFERS.ID).from(TRANSFERS)
                        .where(TRANSFERS.SOURCE_ACCOUNT_ID.eq(source.value()))))
                .fetchSingle(0, BigDecimal.class).longValueExact();
    }

    @Test
    void twentyParallelTransfersFromOneAccountNeverOverdrawAndKeepTheLedgerBalanced() throws Exception {
        Account from = fullAccount(Money.of(1_000, EUR));
        Account to = fullAccount(Money.zero(EUR));
        Money amount = Money.of(70, EUR);

        List<Race.Outcome<String>> outcomes = Race.run(20, () -> transfer(from, to, amount, "idem-" + UUID.randomUUID()));

        Map<String, Long> tally = tally(outcomes);
        DSLContext sql = TestDatabase.shared().sql();
        long sourceBalance = balanceOf(from.core().id());
        long destinationBalance = balanceOf(to.core().id());
        int transfers = sql.fetchCount(TRANSFERS, TRANSFERS.SOURCE_ACCOUNT_ID.eq(from.core().id().value()));
        Race.report("20 parallel transfers of 70 from a balance of 1000", tally + ", transfers stored " + transfers
                + ", source balance " + sourceBalance + " (ledger " + entriesOf(sql, from.core().id()) + "), destination "
                + destinationBalance + " (ledger " + entriesOf(sql, to.core().id()) + "), sum of the transfers' entries "
                + postingsOf(sql, from.core().id()));
        assertThat(tally).containsExactlyInAnyOrderEntriesOf(Map.of("completed", 14L, "INSUFFICIENT_FUNDS", 6L));
        assertThat(transfers).isEqualTo(14);
        assertThat(sourceBalance).isEqualTo(1_000 - 14 * 70).isNotNegative();
        assertThat(destinationBalance).isEqualTo(14 * 70);
        assertThat(entriesOf(sql, from.core().id())).isEqualTo(sourceBalance);
        assertThat(entriesOf(sql, to.core().id())).isEqualTo(destinationBalance);
        assertThat(postingsOf(sql, from.core().id())).isZero();
    }

    @Test
    void theSameIdempotencyKeyFromTenThreadsMakesOneTransfer() throws Exception {
        Account from = fullAccount(Money.of(1_000, EUR));
        Account to = fullAccount(Money.zero(EUR));
        String key = "idem-" + UUID.randomUUID();

        List<Race.Outcome<String>> outcomes = Race.run(10, () -> {
            try {
                return transfer(from, to, Money.of(100, EUR), key);
            } catch (DuplicateException lost) {
                return "refused (DuplicateException)";
            }
        });

        Map<String, Long> tally = tally(outcomes);
        int transfers = TestDatabase.shared().sql().fetchCount(TRANSFERS, TRANSFERS.IDEMPOTENCY_KEY.eq(key));
        long sourceBalance = balanceOf(from.core().id());
        Race.report("one Idempotency-Key from 10 threads", tally + ", transfers stored " + transfers + ", source balance "
                + sourceBalance);
        assertThat(tally.get("completed")).isEqualTo(1L);
        assertThat(tally.keySet()).allMatch(k -> k.equals("completed") || k.equals("replayed") || k.startsWith("refused"));
        assertThat(transfers).isEqualTo(1);
        assertThat(sourceBalance).isEqualTo(900);
    }

    @Test
    void theSameKeyWithoutTheAccountLockStillMakesOneTransferTheLosersGetDuplicateException() throws Exception {
        Account from = fullAccount(Money.of(1_000, EUR));
        Account to = fullAccount(Money.zero(EUR));
        String key = "idem-" + UUID.randomUUID();
        UserId initiator = from.core().owner();

        // Check-then-act without any lock: only the unique (initiator, idempotency_key) constraint stands in the way.
        List<Race.Outcome<String>> outcomes = Race.run(10, () -> {
            try {
                return transactions.inTransaction(() -> {
                    if (ledger.findByIdempotencyKey(initiator, key).isPresent()) {
                        return "replayed";
                    }
                    ledger.record(new TransferRecord(SampleValues.transferId(), initiator, key, "sha256:body",
                            from.core().id(), to.core().id(), Money.of(100, EUR), now));
                    return "completed";
                });
            } catch (DuplicateException lost) {
                return "refused (DuplicateException)";
            }
        });

        Map<String, Long> tally = tally(outcomes);
        int transfers = TestDatabase.shared().sql().fetchCount(TRANSFERS, TRANSFERS.IDEMPOTENCY_KEY.eq(key));
        Race.report("one Idempotency-Key from 10 threads, no lock", tally + ", transfers stored " + transfers);
        assertThat(tally.get("completed")).isEqualTo(1L);
        assertThat(transfers).isEqualTo(1);
    }
}
