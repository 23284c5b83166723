package io.finguard.adapters.persistence.account;

import static io.finguard.adapters.persistence.jooq.Tables.TRANSFERS;
import static io.finguard.domain.fixtures.SampleValues.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.adapters.persistence.TestDatabase;
import io.finguard.domain.account.Account;
import io.finguard.domain.account.AccountCore;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.Ledger;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.TransferRecord;
import io.finguard.testsupport.Race;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The ledger's last line of defence for an Idempotency-Key, without the account lock CreateTransfer takes: ten
 * transactions check for the key and record a transfer at once, and the unique (initiator, key) constraint lets one
 * through while the others get {@link DuplicateException}. (The service itself is raced in bootstrap's TransferRaceTest.)
 */
class LedgerIdempotencyRaceTest {
    private static final String EUR = SampleValues.CURRENCY;
    private final Transactions transactions = PostgresPorts.shared().transactions();
    private final Accounts accounts = PostgresPorts.shared().accounts();
    private final Ledger ledger = PostgresPorts.shared().ledger();

    private Account account() {
        Account opened = new Account.Verified(new AccountCore(SampleValues.accountId(), SampleValues.userId(),
                AccountStatus.ACTIVE, Money.zero(EUR), T0, 0), 1);
        transactions.inTransaction(() -> {
            accounts.add(opened);
            return null;
        });
        return opened;
    }

    @Test
    void theSameKeyWithoutTheAccountLockStillMakesOneTransferTheLosersGetDuplicateException() throws Exception {
        Account from = account();
        Account to = account();
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
                            from.core().id(), to.core().id(), Money.of(100, EUR), T0.plusSeconds(3600)));
                    return "completed";
                });
            } catch (DuplicateException lost) {
                return "refused (DuplicateException)";
            }
        });

        Map<String, Long> tally = new TreeMap<>();
        outcomes.forEach(o -> tally.merge(o.failed() ? "error:" + o.failure().getClass().getSimpleName() : o.value(), 1L, Long::sum));
        int transfers = TestDatabase.shared().sql().fetchCount(TRANSFERS, TRANSFERS.IDEMPOTENCY_KEY.eq(key));
        Race.report("one Idempotency-Key from 10 threads, no lock", tally + ", transfers stored " + transfers);
        assertThat(tally.get("completed")).isEqualTo(1L);
        assertThat(tally.keySet()).allMatch(k -> k.equals("completed") || k.equals("replayed") || k.startsWith("refused"));
        assertThat(transfers).isEqualTo(1);
    }
}
