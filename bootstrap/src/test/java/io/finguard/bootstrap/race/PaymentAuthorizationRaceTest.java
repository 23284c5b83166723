package io.finguard.bootstrap.race;

import static io.finguard.adapters.persistence.jooq.Tables.PAYMENT_AUTHORIZATIONS;
import static io.finguard.bootstrap.race.RacingServices.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.token.AccessClaims;
import io.finguard.testsupport.Race;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * Identical first requests of a payment that needs strong customer authentication, sent at once through the real
 * transfer service over PostgreSQL: they open one authorisation between them and every answer names it; two different
 * payments raced together still get one each.
 */
class PaymentAuthorizationRaceTest {
    private final RacingServices services = new RacingServices();
    private final DSLContext sql = RaceDatabase.shared().sql();

    private CreateTransfer.Result send(AccessClaims from, String toPhone, long minor, String idempotencyKey) {
        return services.app.createTransfer().create(new CreateTransfer.Command(from, idempotencyKey, toPhone, eur(minor)));
    }

    /** The authorisation each answer named, by amount; an answer that was anything else is a failure of the race. */
    private static Map<Long, List<AuthorizationId>> named(List<Race.Outcome<CreateTransfer.Result>> outcomes) {
        Map<Long, List<AuthorizationId>> byAmount = new TreeMap<>();
        for (Race.Outcome<CreateTransfer.Result> outcome : outcomes) {
            assertThat(outcome.failed()).as("no racer fails: %s", outcome.failure()).isFalse();
            assertThat(outcome.value()).isInstanceOf(CreateTransfer.Result.ScaRequired.class);
            var authorization = ((CreateTransfer.Result.ScaRequired) outcome.value()).authorization();
            byAmount.computeIfAbsent(authorization.amount().minor(), a -> new java.util.ArrayList<>()).add(authorization.id());
        }
        return byAmount;
    }

    private int stored(AccessClaims payer, String status) {
        return sql.fetchCount(PAYMENT_AUTHORIZATIONS, PAYMENT_AUTHORIZATIONS.PAYER_ID.eq(payer.subject().value())
                .and(PAYMENT_AUTHORIZATIONS.STATUS.eq(status)));
    }

    private int stored(AccessClaims payer) {
        return sql.fetchCount(PAYMENT_AUTHORIZATIONS, PAYMENT_AUTHORIZATIONS.PAYER_ID.eq(payer.subject().value()));
    }

    @Test
    void tenIdenticalFirstRequestsAtOnceOpenOneAuthorisationAndEveryAnswerNamesIt() throws Exception {
        AccessClaims payer = services.fundedSender(RacingServices.freshPhone(), 100_000);
        String payeePhone = RacingServices.freshPhone();
        services.signUp(payeePhone); // a new payee: no exemption, every request needs SCA
        String key = "idem-" + UUID.randomUUID();

        List<Race.Outcome<CreateTransfer.Result>> outcomes = Race.run(10, () -> send(payer, payeePhone, 5_000, key));

        Map<Long, List<AuthorizationId>> named = named(outcomes);
        Race.report("one payment's first request from 10 threads", "distinct authorisations named "
                + named.get(5_000L).stream().distinct().count() + ", stored " + stored(payer) + " (PENDING " + stored(payer, "PENDING") + ")");
        assertThat(named.get(5_000L)).hasSize(10).containsOnly(named.get(5_000L).getFirst());
        assertThat(stored(payer, "PENDING")).isEqualTo(1);
        assertThat(stored(payer)).isEqualTo(1);
    }

    @Test
    void twoPaymentsRacedTogetherOpenOneAuthorisationEach() throws Exception {
        AccessClaims payer = services.fundedSender(RacingServices.freshPhone(), 100_000);
        String payeePhone = RacingServices.freshPhone();
        services.signUp(payeePhone);
        String key = "idem-" + UUID.randomUUID();

        // Same key, two amounts: two payments (two digests), eight identical first requests of each.
        AtomicInteger caller = new AtomicInteger();
        List<Race.Outcome<CreateTransfer.Result>> outcomes = Race.run(16,
                () -> send(payer, payeePhone, caller.getAndIncrement() % 2 == 0 ? 5_000 : 6_000, key));

        Map<Long, List<AuthorizationId>> named = named(outcomes);
        Race.report("two payments' first requests from 8 threads each", "authorisations named per amount "
                + named.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().stream().distinct().count()).toList()
                + ", stored " + stored(payer) + " (PENDING " + stored(payer, "PENDING") + ")");
        assertThat(named).containsOnlyKeys(5_000L, 6_000L);
        assertThat(named.get(5_000L)).hasSize(8).containsOnly(named.get(5_000L).getFirst());
        assertThat(named.get(6_000L)).hasSize(8).containsOnly(named.get(6_000L).getFirst());
        assertThat(named.get(5_000L).getFirst()).isNotEqualTo(named.get(6_000L).getFirst());
        assertThat(stored(payer, "PENDING")).isEqualTo(2);
        assertThat(stored(payer)).isEqualTo(2);
    }
}
