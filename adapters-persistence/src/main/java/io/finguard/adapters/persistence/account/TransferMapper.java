package io.finguard.adapters.persistence.account;

import static io.finguard.adapters.persistence.jooq.Tables.TRANSFERS;

import io.finguard.adapters.persistence.jooq.tables.records.TransfersRecord;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.TransferId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.TransferRecord;

/** TransferRecord to and from transfers rows. */
final class TransferMapper {
    private TransferMapper() {
    }

    static TransfersRecord toRecord(TransferRecord transfer) {
        return new TransfersRecord()
                .with(TRANSFERS.ID, transfer.id().value())
                .with(TRANSFERS.INITIATOR_ID, transfer.initiator().value())
                .with(TRANSFERS.IDEMPOTENCY_KEY, transfer.idempotencyKey())
                .with(TRANSFERS.REQUEST_HASH, transfer.requestHash())
                .with(TRANSFERS.SOURCE_ACCOUNT_ID, transfer.source().value())
                .with(TRANSFERS.DESTINATION_ACCOUNT_ID, transfer.destination().value())
                .with(TRANSFERS.AMOUNT_MINOR, transfer.amount().minor())
                .with(TRANSFERS.CURRENCY, transfer.amount().currency())
                .with(TRANSFERS.CREATED_AT, transfer.createdAt());
    }

    static TransferRecord fromRecord(TransfersRecord row) {
        return new TransferRecord(TransferId.of(row.getId()), UserId.of(row.getInitiatorId()), row.getIdempotencyKey(),
                row.getRequestHash(), AccountId.of(row.getSourceAccountId()), AccountId.of(row.getDestinationAccountId()),
                Money.of(row.getAmountMinor(), row.getCurrency()), row.getCreatedAt());
    }
}
