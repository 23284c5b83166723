package io.finguard.bootstrap.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The same request at the 3 instances at once: one refresh token gives one chain, one Idempotency-Key one
 * transfer; opposite transfers between two accounts over all instances never deadlock and conserve money.
 */
@Tag("scale")
class ConcurrencyScaleTest {
    private static final long FUNDS = 100_000;
    private static ScaleSystem system;
    private static Journeys journeys;

    @BeforeAll
    static void up() {
        system = ScaleSystem.shared();
        journeys = new Journeys(system);
    }

    @Test
    void oneRefreshTokenAtThreeInstancesAtOnceGivesOneChain() {
        Member member = journeys.signUp();
        List<Answer> answers = Burst.of(9, i -> journeys.refresh(member.client(), system.instance(i), member.refreshToken()));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(200));
        // Inside the grace window a concurrent presentation receives the same successor: one chain, not nine.
        List<String> successors = answers.stream().map(a -> a.text("/tokens/refreshToken")).distinct().toList();
        assertThat(successors).hasSize(1);
        assertThat(system.queryLong("SELECT count(*) FROM refresh_families WHERE user_id = '" + member.userId()
                + "' AND status = 'ACTIVE'")).isEqualTo(1);
        assertThat(journeys.refresh(member.client(), system.instance(1), successors.getFirst()).status()).isEqualTo(200);
    }

    @Test
    void oneIdempotencyKeyAtThreeInstancesAtOnceMakesOneTransfer() {
        Member payer = funded();
        Member payee = journeys.fullAndStepped(journeys.signUp());
        String key = "scale-" + UUID.randomUUID();
        journeys.trust(payer, payee); // the burst races one payment, not nine confirmations of its authorisation (see below)

        List<Answer> answers = Burst.of(9, i -> journeys.transfer(payer, system.instance(i), payee.phone(), 700, key));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(200, 201));
        assertThat(answers.stream().map(a -> a.text("/transferId")).distinct()).hasSize(1);
        assertThat(system.queryLong("SELECT count(*) FROM transfers WHERE idempotency_key = '" + key + "'")).isEqualTo(1);
        assertThat(journeys.balance(payer)).isEqualTo(FUNDS - 700);
        assertThat(journeys.balance(payee)).isEqualTo(700);
    }

    @Test
    void oppositeTransfersOverAllInstancesNeverDeadlockAndConserveMoney() {
        Member a = funded();
        Member b = funded();
        int eachWay = 10; // a payer may start 20 transfers in 10 minutes
        // Trusted both ways, so the burst races payments, not authorisations: each of these payments (a key of its own)
        // would need an authorisation of its own, and confirming many at once for one user meets the step-up lockout,
        // which reserves an attempt per PIN in flight (a property, tested elsewhere).
        journeys.trust(a, b);
        journeys.trust(b, a);

        List<Answer> answers = Burst.of(2 * eachWay, i -> i % 2 == 0
                ? journeys.transfer(a, system.instance(i), b.phone(), 100, "a-b-" + i + "-" + UUID.randomUUID())
                : journeys.transfer(b, system.instance(i), a.phone(), 100, "b-a-" + i + "-" + UUID.randomUUID()));

        assertThat(answers).allSatisfy(x -> assertThat(x.status()).as(x.toString()).isEqualTo(201));
        assertThat(journeys.balance(a)).isEqualTo(FUNDS);
        assertThat(journeys.balance(b)).isEqualTo(FUNDS);
    }

    private static Member funded() {
        Member member = journeys.fullAndStepped(journeys.signUp());
        journeys.fund(member, FUNDS);
        return member;
    }
}
