package io.finguard.bootstrap.race;

import static io.finguard.adapters.persistence.jooq.Tables.PHONE_CLAIMS;
import static io.finguard.adapters.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.port.in.ConfirmPhoneChange;
import io.finguard.domain.port.in.RequestPhoneChange;
import io.finguard.domain.token.AccessClaims;
import io.finguard.testsupport.Race;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Several users each hold a valid PHONE_CHANGE code for the same new number and confirm at the same moment, through
 * the real ConfirmPhoneChange over PostgreSQL: phone_claims lets exactly one move onto the number; every other one is
 * refused with NotAccepted and keeps their old number.
 */
class PhoneChangeRaceTest {
    // The number gets one code per contender within seconds: the send limits are lifted, phone_claims alone decides.
    private final RacingServices services = new RacingServices(SignupRaceTest.everySendAllowed(RateLimits.defaults()));

    private record Contender(AccessClaims caller, String oldPhone, RacingServices.Sent sent) {
    }

    private void race(int users, int rounds) throws Exception {
        Map<String, Long> tally = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            String target = RacingServices.freshPhone();
            List<Contender> contenders = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                String phone = RacingServices.freshPhone();
                AccessClaims caller = services.fundedSender(phone, 0);
                RequestPhoneChange.Result requested = services.app.requestPhoneChange().request(
                        new RequestPhoneChange.Command(caller, target, Optional.empty(), RacingServices.freshClient()));
                assertThat(requested).isInstanceOf(RequestPhoneChange.Result.Sent.class);
                contenders.add(new Contender(caller, phone,
                        RacingServices.codeOf(((RequestPhoneChange.Result.Sent) requested).challenge())));
            }
            AtomicInteger next = new AtomicInteger();

            List<Race.Outcome<ConfirmPhoneChange.Result>> outcomes = Race.run(users, () -> {
                Contender c = contenders.get(next.getAndIncrement());
                return services.app.confirmPhoneChange().confirm(new ConfirmPhoneChange.Command(c.caller(),
                        c.sent().challenge().toString(), c.sent().code(), RacingServices.freshClient()));
            });

            outcomes.forEach(o -> assertThat(o.failure()).as("no exception").isNull());
            assertThat(Race.count(outcomes, o -> o.value() instanceof ConfirmPhoneChange.Result.Changed)).as("winners").isEqualTo(1);
            assertThat(Race.count(outcomes, o -> o.value() instanceof ConfirmPhoneChange.Result.NotAccepted))
                    .as("refused").isEqualTo(users - 1);
            var sql = RaceDatabase.shared().sql();
            List<UUID> holders = sql.select(USERS.ID).from(USERS).where(USERS.PHONE_INDEX.eq(RaceDatabase.index(target))).fetch(r -> r.value1());
            assertThat(holders).as("users on the number").hasSize(1);
            UUID claimant = sql.select(PHONE_CLAIMS.USER_ID).from(PHONE_CLAIMS).where(PHONE_CLAIMS.PHONE_INDEX.eq(RaceDatabase.index(target))).fetchSingle().value1();
            assertThat(claimant).as("the claim names the winner").isEqualTo(holders.get(0));
            long stayed = contenders.stream().filter(c -> !c.caller().subject().value().equals(holders.get(0)))
                    .filter(c -> sql.fetchExists(USERS, USERS.ID.eq(c.caller().subject().value()).and(USERS.PHONE_INDEX.eq(RaceDatabase.index(c.oldPhone())))))
                    .count();
            assertThat(stayed).as("losers keep their old number").isEqualTo(users - 1);
            outcomes.forEach(o -> tally.merge(o.value().getClass().getSimpleName(), 1L, Long::sum));
        }
        Race.report(users + " users confirming a change to one number at once x " + rounds + " rounds", tally
                + ", users on the number per round: 1");
    }

    @Test
    void twoUsersRacingForOneNumber_oneWins() throws Exception {
        race(2, 10);
    }

    @Test
    void fiveUsersRacingForOneNumber_oneWins() throws Exception {
        race(5, 3);
    }
}
