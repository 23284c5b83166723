package io.finguard.adapters.persistence.passkey;

import static io.finguard.adapters.persistence.jooq.Tables.PASSKEYS;

import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.model.PasskeyId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.passkey.CredentialId;
import io.finguard.domain.passkey.Passkey;
import io.finguard.domain.port.out.ConcurrentUpdateException;
import io.finguard.domain.port.out.Passkeys;
import java.util.List;
import java.util.Optional;

/** Passkeys in passkeys; the unique credential_id keeps one registration per credential across all users. */
public final class PostgresPasskeys implements Passkeys {
    private final JooqTransactions transactions;

    public PostgresPasskeys(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Passkey passkey) {
        transactions.dsl().executeInsert(PasskeyMapper.toRecord(passkey));
    }

    @Override
    public List<Passkey> ofUser(UserId user) {
        return transactions.dsl().selectFrom(PASSKEYS)
                .where(PASSKEYS.USER_ID.eq(user.value()))
                .orderBy(PASSKEYS.CREATED_AT, PASSKEYS.ID)
                .fetch(PasskeyMapper::fromRecord);
    }

    @Override
    public Optional<Passkey> lock(UserId user, CredentialId credential) {
        return transactions.dsl().selectFrom(PASSKEYS)
                .where(PASSKEYS.USER_ID.eq(user.value()))
                .and(PASSKEYS.CREDENTIAL_ID.eq(credential.bytes()))
                .forUpdate()
                .fetchOptional()
                .map(PasskeyMapper::fromRecord);
    }

    @Override
    public void update(Passkey passkey) {
        int updated = transactions.dsl().update(PASSKEYS)
                .set(PASSKEYS.SIGN_COUNT, passkey.signCount())
                .set(PASSKEYS.LAST_USED_AT, passkey.lastUsedAt().orElse(null))
                .where(PASSKEYS.ID.eq(passkey.id().value()))
                .and(PASSKEYS.USER_ID.eq(passkey.user().value()))
                .execute();
        if (updated != 1) {
            throw new ConcurrentUpdateException("Passkey", passkey.id());
        }
    }

    @Override
    public boolean remove(UserId user, PasskeyId id) {
        return transactions.dsl().deleteFrom(PASSKEYS)
                .where(PASSKEYS.ID.eq(id.value()))
                .and(PASSKEYS.USER_ID.eq(user.value()))
                .execute() == 1;
    }
}
