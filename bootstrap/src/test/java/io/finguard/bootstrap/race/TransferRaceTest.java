package io.finguard.bootstrap.race;

import static io.finguard.adapters.persistence.jooq.Tables.ACCOUNTS;
import static io.finguard.adapters.persistence.jooq.Tables.LEDGER_ENTRIES;
import static io.finguard.adapters.persistence.jooq.Tables.TRANSFERS;
import static io.finguard.bootstrap.race.RacingServices.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.ManageTrustedPayees;
import io.finguard.domain.token.AccessClaims;
import io.finguard.testsupport.Race;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Parallel CreateTransfer calls through the real service over PostgreSQL, by members who got to FULL tier through
 * the use cases: no overdraft, balances equal to their ledger, balanced postings, one transfer per Idempotency-Key,
 * and opposite transfers that complete instead of deadlocking.
 */
class TransferRaceTest {
    private final RacingServices services = new RacingServices();
    private final DSLContext sql = RaceDatabase.shared().sql();

    private static String outcome(Race.Outcome<CreateTransfer.Result> o) {
        if (o.failed()) {
            return "error:" + o.failure().getClass().getSimpleName();
        }
        return switch (o.value()) {
            case CreateTransfer.Result.Completed completed -> "completed";
            case CreateTransfer.Result.Replayed replayed -> "replayed";
            case CreateTransfer.Result.Denied denied -> denied.reason().name();
            case CreateTransfer.Result.KeyReused reused -> "key reused";
            case CreateTransfer.Result.RecipientNotFound notFound -> "recipient not found";
            case CreateTransfer.Result.Throttled throttled -> "throttled";
            case CreateTransfer.Result.SessionNotLive notLive -> "session not live";
            case CreateTransfer.Result.ScaRequired required -> "sca required";
            case CreateTransfer.Result.AuthorizationRefused refused -> "authorization refused";
        };
    }

    private static Map<String, Long> tally(List<Race.Outcome<CreateTransfer.Result>> outcomes) {
        Map<String, Long> tally = new TreeMap<>();
        outcomes.forEach(o -> tally.merge(outcome(o), 1L, Long::sum));
        return tally;
    }

    private CreateTransfer.Result send(AccessClaims from, String toPhone, long minor, String idempotencyKey) {
        return services.app.createTransfer().create(new CreateTransfer.Command(from, idempotencyKey, toPhone, eur(minor)));
    }

    /** The race is between payments, not authorisations: the sender (just stepped up) trusts the payee first. */
    private void trust(AccessClaims sender, String payeePhone) {
        assertThat(services.app.manageTrustedPayees().add(sender, payeePhone)).isInstanceOf(ManageTrustedPayees.AddResult.Added.class);
    }

    private long balanceOf(UserId owner) {
        return sql.select(ACCOUNTS.BALANCE_MINOR).from(ACCOUNTS).where(ACCOUNTS.OWNER_ID.eq(owner.value())).fetchSingle().value1();
    }

    private UUID accountOf(UserId owner) {
        return sql.select(ACCOUNTS.ID).from(ACCOUNTS).where(ACCOUNTS.OWNER_ID.eq(owner.value())).fetchSingle().value1();
    }

    private long entriesOf(UserId owner) {
        return sql.select(DSL.coalesce(DSL.sum(LEDGER_ENTRIES.AMOUNT_MINOR), BigDecimal.ZERO)).from(LEDGER_ENTRIES)
                .where(LEDGER_ENTRIES.ACCOUNT_ID.eq(accountOf(owner))).fetchSingle(0, BigDecimal.class).longValueExact();
    }

    /** Sum over every entry of the transfers out of the account: zero when each posting balances. */
    private long postingsOf(UserId source) {
        return sql.select(DSL.coalesce(DSL.sum(LEDGER_ENTRIES.AMOUNT_MINOR), BigDecimal.ZERO)).from(LEDGER_ENTRIES)
                .where(LEDGER_ENTRIES.TRANSFER_ID.in(DSL.select(TRANSFERS.ID).from(TRANSFERS)
                        .where(TRANSFERS.SOURCE_ACCOUNT_ID.eq(accountOf(source)))))
                .fetchSingle(0, BigDecimal.class).longValueExact();
    }

    private int transfersFrom(UserId source) {
        return sql.fetchCount(TRANSFERS, TRANSFERS.SOURCE_ACCOUNT_ID.eq(accountOf(source)));
    }

    @Test
    void twentyParallelTransfersFromOneAccountNeverOverdrawAndKeepTheLedgerBalanced() throws Exception {
        AccessClaims sender = services.fundedSender(RacingServices.freshPhone(), 1_000);
        String recipientPhone = RacingServices.freshPhone();
        UserId recipient = services.claims(services.signUp(recipientPhone).tokens()).subject();
        trust(sender, recipientPhone);

        List<Race.Outcome<CreateTransfer.Result>> outcomes = Race.run(20,
                () -> send(sender, recipientPhone, 70, "idem-" + UUID.randomUUID()));

        Map<String, Long> tally = tally(outcomes);
        long sourceBalance = balanceOf(sender.subject());
        long destinationBalance = balanceOf(recipient);
        int transfers = transfersFrom(sender.subject());
        Race.report("20 parallel transfers of 70 from a balance of 1000", tally + ", transfers stored " + transfers
                + ", source balance " + sourceBalance + " (ledger " + entriesOf(sender.subject()) + "), destination "
                + destinationBalance + " (ledger " + entriesOf(recipient) + "), sum of the transfers' entries "
                + postingsOf(sender.subject()));
        assertThat(tally).containsExactlyInAnyOrderEntriesOf(Map.of("completed", 14L, "INSUFFICIENT_FUNDS", 6L));
        assertThat(transfers).isEqualTo(14);
        assertThat(sourceBalance).isEqualTo(1_000 - 14 * 70).isNotNegative();
        assertThat(destinationBalance).isEqualTo(14 * 70);
        assertThat(entriesOf(sender.subject())).isEqualTo(sourceBalance);
        assertThat(entriesOf(recipient)).isEqualTo(destinationBalance);
        assertThat(postingsOf(sender.subject())).isZero();
    }

    @Test
    void theSameIdempotencyKeyFromTenThreadsMakesOneTransfer() throws Exception {
        AccessClaims sender = services.fundedSender(RacingServices.freshPhone(), 1_000);
        String recipientPhone = RacingServices.freshPhone();
        services.signUp(recipientPhone);
        trust(sender, recipientPhone);
        String key = "idem-" + UUID.randomUUID();

        List<Race.Outcome<CreateTransfer.Result>> outcomes = Race.run(10, () -> send(sender, recipientPhone, 100, key));

        Map<String, Long> tally = tally(outcomes);
        int transfers = sql.fetchCount(TRANSFERS, TRANSFERS.IDEMPOTENCY_KEY.eq(key));
        long sourceBalance = balanceOf(sender.subject());
        Race.report("one Idempotency-Key from 10 threads", tally + ", transfers stored " + transfers + ", source balance "
                + sourceBalance);
        assertThat(tally).containsExactlyInAnyOrderEntriesOf(Map.of("completed", 1L, "replayed", 9L));
        assertThat(transfers).isEqualTo(1);
        assertThat(sourceBalance).isEqualTo(900);
    }

    @Test
    void oppositeTransfersAtOnceAllCompleteWithoutDeadlockAndConserveMoney() throws Exception {
        String phoneA = RacingServices.freshPhone();
        String phoneB = RacingServices.freshPhone();
        AccessClaims a = services.fundedSender(phoneA, 1_000);
        AccessClaims b = services.fundedSender(phoneB, 1_000);
        trust(a, phoneB);
        trust(b, phoneA);

        // Half the racers send A->B, half B->A: each locks both accounts, so a lock order that follows the direction
        // would deadlock them (PostgreSQL then aborts one, which shows here as an error).
        AtomicInteger caller = new AtomicInteger();
        List<Race.Outcome<CreateTransfer.Result>> outcomes = Race.run(20, () -> caller.getAndIncrement() % 2 == 0
                ? send(a, phoneB, 10, "idem-" + UUID.randomUUID()) : send(b, phoneA, 10, "idem-" + UUID.randomUUID()));

        Map<String, Long> tally = tally(outcomes);
        long balanceA = balanceOf(a.subject());
        long balanceB = balanceOf(b.subject());
        Race.report("10 transfers A->B and 10 B->A at once", tally + ", balances " + balanceA + " + " + balanceB
                + " (ledger " + entriesOf(a.subject()) + " + " + entriesOf(b.subject()) + ")");
        assertThat(tally).containsExactlyInAnyOrderEntriesOf(Map.of("completed", 20L));
        assertThat(balanceA).isEqualTo(1_000);
        assertThat(balanceB).isEqualTo(1_000);
        assertThat(entriesOf(a.subject())).isEqualTo(balanceA);
        assertThat(entriesOf(b.subject())).isEqualTo(balanceB);
        assertThat(postingsOf(a.subject()) + postingsOf(b.subject())).isZero();
    }
}
