package io.finguard.adapters.persistence.passkey;

import static io.finguard.adapters.persistence.jooq.Tables.PASSKEY_CHALLENGES;

import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.model.UserId;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.PasskeyChallenge;
import io.finguard.domain.passkey.PasskeyPurpose;
import io.finguard.domain.port.out.PasskeyChallenges;
import java.util.Optional;

/**
 * Server challenges in passkey_challenges, one row per user and purpose. Taking is a DELETE ... RETURNING, so of two
 * concurrent takes only one gets the row.
 */
public final class PostgresPasskeyChallenges implements PasskeyChallenges {
    private final JooqTransactions transactions;

    public PostgresPasskeyChallenges(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void put(PasskeyChallenge challenge) {
        transactions.dsl().insertInto(PASSKEY_CHALLENGES)
                .set(PASSKEY_CHALLENGES.USER_ID, challenge.user().value())
                .set(PASSKEY_CHALLENGES.PURPOSE, challenge.purpose().name())
                .set(PASSKEY_CHALLENGES.CHALLENGE, challenge.challenge().bytes())
                .set(PASSKEY_CHALLENGES.EXPIRES_AT, challenge.expiresAt())
                .onConflict(PASSKEY_CHALLENGES.USER_ID, PASSKEY_CHALLENGES.PURPOSE)
                .doUpdate()
                .set(PASSKEY_CHALLENGES.CHALLENGE, challenge.challenge().bytes())
                .set(PASSKEY_CHALLENGES.EXPIRES_AT, challenge.expiresAt())
                .execute();
    }

    @Override
    public Optional<PasskeyChallenge> take(UserId user, PasskeyPurpose purpose) {
        return transactions.dsl().deleteFrom(PASSKEY_CHALLENGES)
                .where(PASSKEY_CHALLENGES.USER_ID.eq(user.value()))
                .and(PASSKEY_CHALLENGES.PURPOSE.eq(purpose.name()))
                .returning()
                .fetchOptional()
                .map(row -> new PasskeyChallenge(user, purpose, Challenge.of(row.getChallenge()), row.getExpiresAt()));
    }
}
