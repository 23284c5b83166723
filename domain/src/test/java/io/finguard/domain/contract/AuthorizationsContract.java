package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.Authorizations;
import io.finguard.domain.txauth.Authorization;
import io.finguard.domain.txauth.AuthorizationEvent;
import io.finguard.domain.txauth.AuthorizationFacts;
import io.finguard.domain.txauth.PaymentDigest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Authorizations} store does: an authorisation reads back in every state exactly as saved. */
public abstract class AuthorizationsContract extends PersistenceContract {

    private Authorizations authorizations() {
        return ports.authorizations();
    }

    private AuthorizationFacts facts() {
        var user = Samples.user(SampleValues.phone(), T0);
        runInTx(() -> ports.users().add(user));
        UserId payer = user.id();
        var payee = SampleValues.accountId();
        return new AuthorizationFacts(AuthorizationId.of(UUID.randomUUID()), payer, payee, "+49 *** ** 12", money(2000),
                PaymentDigest.of(payer, payee, money(2000), "key-1"), T0, T0.plus(Duration.ofMinutes(5)));
    }

    private AuthorizationFacts facts(UserId payer, PaymentDigest digest, java.time.Instant createdAt) {
        var payee = SampleValues.accountId();
        return new AuthorizationFacts(AuthorizationId.of(UUID.randomUUID()), payer, payee, "+49 *** ** 12", money(2000), digest,
                createdAt, createdAt.plus(Duration.ofMinutes(5)));
    }

    @Test
    void thePendingOnesOfAPayerAndDigestAreFoundNewestFirstAndNothingElse() {
        AuthorizationFacts first = facts();
        UserId payer = first.payer();
        PaymentDigest digest = first.digest();
        var otherPayer = Samples.user(SampleValues.phone(), T0);
        runInTx(() -> ports.users().add(otherPayer));
        Authorization older = Authorization.create(first);
        Authorization newer = Authorization.create(facts(payer, digest, T0.plusSeconds(10)))
                .on(new AuthorizationEvent.WrongFactor(T0.plusSeconds(11))).state();
        Authorization confirmed = Authorization.create(facts(payer, digest, T0.plusSeconds(20)))
                .on(new AuthorizationEvent.Confirm(T0.plusSeconds(21), AuthMethod.PIN)).state();
        Authorization failed = new Authorization.Failed(facts(payer, digest, T0.plusSeconds(30)), T0.plusSeconds(31));
        Authorization otherDigest = Authorization.create(facts(payer, PaymentDigest.of(payer, SampleValues.accountId(), money(2000),
                "key-1"), T0.plusSeconds(40)));
        Authorization otherPayers = Authorization.create(facts(otherPayer.id(), digest, T0.plusSeconds(50)));
        runInTx(() -> List.of(older, newer, confirmed, failed, otherDigest, otherPayers).forEach(authorizations()::add));

        assertThat(inTx(() -> authorizations().lockPending(payer, digest))).containsExactly(
                (Authorization.Pending) newer, (Authorization.Pending) older);
        Authorization expired = older.on(new AuthorizationEvent.Tick(first.expiresAt())).state();
        runInTx(() -> authorizations().update(expired));
        assertThat(inTx(() -> authorizations().lockPending(payer, digest))).containsExactly((Authorization.Pending) newer);
    }

    @Test
    void anUnknownAuthorisationIsNotFound() {
        assertThat(inTx(() -> authorizations().lock(AuthorizationId.of(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void everyStateReadsBackAsSaved() {
        AuthorizationFacts facts = facts();
        Authorization pending = Authorization.create(facts);
        runInTx(() -> authorizations().add(pending));
        assertThat(inTx(() -> authorizations().lock(facts.id()))).contains(pending);

        Authorization once = pending.on(new AuthorizationEvent.WrongFactor(T0.plusSeconds(1))).state();
        runInTx(() -> authorizations().update(once));
        assertThat(inTx(() -> authorizations().lock(facts.id()))).contains(once);

        Authorization confirmed = once.on(new AuthorizationEvent.Confirm(T0.plusSeconds(2), AuthMethod.PASSKEY)).state();
        runInTx(() -> authorizations().update(confirmed));
        assertThat(inTx(() -> authorizations().lock(facts.id()))).contains(confirmed);

        Authorization used = confirmed.on(new AuthorizationEvent.Use(T0.plusSeconds(3), facts.digest())).state();
        runInTx(() -> authorizations().update(used));
        assertThat(inTx(() -> authorizations().lock(facts.id()))).contains(used);
    }

    @Test
    void expiredAndFailedReadBack() {
        AuthorizationFacts one = facts();
        AuthorizationFacts two = facts();
        Authorization expired = Authorization.create(one).on(new AuthorizationEvent.Tick(one.expiresAt())).state();
        Authorization failed = new Authorization.Failed(two, T0.plusSeconds(9));
        runInTx(() -> {
            authorizations().add(expired);
            authorizations().add(failed);
        });

        assertThat(inTx(() -> authorizations().lock(one.id()))).contains(expired);
        assertThat(inTx(() -> authorizations().lock(two.id()))).contains(failed);
    }
}
