package io.finguard.adapters.persistence.account;

import static io.finguard.adapters.persistence.jooq.Tables.DEPOSITS;
import static io.finguard.adapters.persistence.jooq.Tables.LEDGER_ENTRIES;
import static io.finguard.adapters.persistence.jooq.Tables.TRANSFERS;

import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.Ledger;
import io.finguard.domain.port.out.TransferRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Transfers, stub deposits and their double-entry ledger. The database checks at commit that each posting's
 * entries sum to zero, and refuses a second transfer under the same (initiator, idempotency key).
 */
public final class PostgresLedger implements Ledger {
    private final JooqTransactions transactions;

    public PostgresLedger(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<TransferRecord> findByIdempotencyKey(UserId initiator, String idempotencyKey) {
        return transactions.dsl().selectFrom(TRANSFERS)
                .where(TRANSFERS.INITIATOR_ID.eq(initiator.value()))
                .and(TRANSFERS.IDEMPOTENCY_KEY.eq(idempotencyKey))
                .fetchOptional()
                .map(TransferMapper::fromRecord);
    }

    @Override
    public void record(TransferRecord transfer) {
        if (transfer.source().equals(transfer.destination())) {
            throw new IllegalArgumentException("a transfer moves money between two accounts");
        }
        DSLContext dsl = transactions.dsl();
        dsl.executeInsert(TransferMapper.toRecord(transfer));
        Money amount = transfer.amount();
        dsl.insertInto(LEDGER_ENTRIES, LEDGER_ENTRIES.TRANSFER_ID, LEDGER_ENTRIES.ACCOUNT_ID,
                        LEDGER_ENTRIES.AMOUNT_MINOR, LEDGER_ENTRIES.CURRENCY, LEDGER_ENTRIES.CREATED_AT)
                .values(transfer.id().value(), transfer.source().value(), -amount.minor(), amount.currency(), transfer.createdAt())
                .values(transfer.id().value(), transfer.destination().value(), amount.minor(), amount.currency(), transfer.createdAt())
                .execute();
    }

    /** The funding side of a deposit is the entry without an account (the system funding account). */
    @Override
    public void recordDeposit(AccountId account, Money amount, Instant at) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a deposit is a positive amount");
        }
        DSLContext dsl = transactions.dsl();
        UUID deposit = dsl.insertInto(DEPOSITS, DEPOSITS.ACCOUNT_ID, DEPOSITS.AMOUNT_MINOR, DEPOSITS.CURRENCY, DEPOSITS.CREATED_AT)
                .values(account.value(), amount.minor(), amount.currency(), at)
                .returning(DEPOSITS.ID)
                .fetchSingle(DEPOSITS.ID);
        dsl.insertInto(LEDGER_ENTRIES, LEDGER_ENTRIES.DEPOSIT_ID, LEDGER_ENTRIES.ACCOUNT_ID,
                        LEDGER_ENTRIES.AMOUNT_MINOR, LEDGER_ENTRIES.CURRENCY, LEDGER_ENTRIES.CREATED_AT)
                .values(deposit, null, -amount.minor(), amount.currency(), at)
                .values(deposit, account.value(), amount.minor(), amount.currency(), at)
                .execute();
    }

    @Override
    public Money outgoingSince(AccountId account, Instant since, String currency) {
        BigDecimal total = transactions.dsl().select(DSL.coalesce(DSL.sum(TRANSFERS.AMOUNT_MINOR), BigDecimal.ZERO))
                .from(TRANSFERS)
                .where(TRANSFERS.SOURCE_ACCOUNT_ID.eq(account.value()))
                .and(TRANSFERS.CREATED_AT.ge(since))
                .and(TRANSFERS.CURRENCY.eq(currency))
                .fetchSingle(0, BigDecimal.class);
        return Money.of(total.longValueExact(), currency);
    }

    @Override
    public boolean hasPaid(AccountId source, AccountId destination) {
        return transactions.dsl().fetchExists(TRANSFERS, TRANSFERS.SOURCE_ACCOUNT_ID.eq(source.value())
                .and(TRANSFERS.DESTINATION_ACCOUNT_ID.eq(destination.value())));
    }
}
