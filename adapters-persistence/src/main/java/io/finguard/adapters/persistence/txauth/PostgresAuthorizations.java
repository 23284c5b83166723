package io.finguard.adapters.persistence.txauth;

import static io.finguard.adapters.persistence.jooq.Tables.PAYMENT_AUTHORIZATIONS;

import io.finguard.adapters.persistence.jooq.tables.records.PaymentAuthorizationsRecord;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.Authorizations;
import io.finguard.domain.txauth.Authorization;
import io.finguard.domain.txauth.AuthorizationFacts;
import io.finguard.domain.txauth.AuthorizationStatus;
import io.finguard.domain.txauth.PaymentDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Payment authorisations in payment_authorizations: the facts once, then status, failures, method and end time. */
public final class PostgresAuthorizations implements Authorizations {
    private final JooqTransactions transactions;

    public PostgresAuthorizations(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Authorization authorization) {
        AuthorizationFacts f = authorization.facts();
        PaymentAuthorizationsRecord row = transactions.dsl().newRecord(PAYMENT_AUTHORIZATIONS);
        row.setId(f.id().value());
        row.setPayerId(f.payer().value());
        row.setPayeeAccount(f.payee().value());
        row.setPayeeMasked(f.payeeMasked());
        row.setAmountMinor(f.amount().minor());
        row.setCurrency(f.amount().currency());
        row.setDigest(f.digest().hex());
        row.setCreatedAt(f.createdAt());
        row.setExpiresAt(f.expiresAt());
        state(row, authorization);
        row.insert();
    }

    @Override
    public Optional<Authorization> lock(AuthorizationId id) {
        return transactions.dsl().selectFrom(PAYMENT_AUTHORIZATIONS).where(PAYMENT_AUTHORIZATIONS.ID.eq(id.value()))
                .forUpdate().fetchOptional().map(PostgresAuthorizations::toDomain);
    }

    /** By the partial index payment_authorizations_pending (V26): only PENDING rows are in it. */
    @Override
    public List<Authorization.Pending> lockPending(UserId payer, PaymentDigest digest) {
        return transactions.dsl().selectFrom(PAYMENT_AUTHORIZATIONS)
                .where(PAYMENT_AUTHORIZATIONS.PAYER_ID.eq(payer.value()))
                .and(PAYMENT_AUTHORIZATIONS.DIGEST.eq(digest.hex()))
                .and(PAYMENT_AUTHORIZATIONS.STATUS.eq(AuthorizationStatus.PENDING.name()))
                .orderBy(PAYMENT_AUTHORIZATIONS.CREATED_AT.desc(), PAYMENT_AUTHORIZATIONS.ID)
                .forUpdate()
                .fetch(PostgresAuthorizations::toDomain).stream()
                .map(Authorization.Pending.class::cast)
                .toList();
    }

    @Override
    public void update(Authorization authorization) {
        PaymentAuthorizationsRecord row = transactions.dsl().newRecord(PAYMENT_AUTHORIZATIONS);
        state(row, authorization);
        transactions.dsl().update(PAYMENT_AUTHORIZATIONS)
                .set(PAYMENT_AUTHORIZATIONS.STATUS, row.getStatus())
                .set(PAYMENT_AUTHORIZATIONS.FAILURES, row.getFailures())
                .set(PAYMENT_AUTHORIZATIONS.METHOD, row.getMethod())
                .set(PAYMENT_AUTHORIZATIONS.ENDED_AT, row.getEndedAt())
                .where(PAYMENT_AUTHORIZATIONS.ID.eq(authorization.facts().id().value()))
                .execute();
    }

    private static void state(PaymentAuthorizationsRecord row, Authorization a) {
        row.setStatus(a.status().name());
        row.setFailures(a instanceof Authorization.Pending p ? p.failures() : 0);
        row.setMethod(switch (a) {
            case Authorization.Confirmed c -> c.method().name();
            case Authorization.Used u -> u.method().name();
            case Authorization.Pending p -> null;
            case Authorization.Expired e -> null;
            case Authorization.Failed f -> null;
        });
        row.setEndedAt(switch (a) {
            case Authorization.Confirmed c -> c.confirmedAt();
            case Authorization.Used u -> u.usedAt();
            case Authorization.Expired e -> e.expiredAt();
            case Authorization.Failed f -> f.failedAt();
            case Authorization.Pending p -> null;
        });
    }

    private static Authorization toDomain(PaymentAuthorizationsRecord row) {
        AuthorizationFacts facts = new AuthorizationFacts(AuthorizationId.of(row.getId()), UserId.of(row.getPayerId()),
                AccountId.of(row.getPayeeAccount()), row.getPayeeMasked(), Money.of(row.getAmountMinor(), row.getCurrency()),
                new PaymentDigest(row.getDigest()), row.getCreatedAt(), row.getExpiresAt());
        Instant ended = row.getEndedAt();
        return switch (AuthorizationStatus.valueOf(row.getStatus())) {
            case PENDING -> new Authorization.Pending(facts, row.getFailures());
            case CONFIRMED -> new Authorization.Confirmed(facts, AuthMethod.valueOf(row.getMethod()), ended);
            case USED -> new Authorization.Used(facts, AuthMethod.valueOf(row.getMethod()), ended);
            case EXPIRED -> new Authorization.Expired(facts, ended);
            case FAILED -> new Authorization.Failed(facts, ended);
        };
    }
}
