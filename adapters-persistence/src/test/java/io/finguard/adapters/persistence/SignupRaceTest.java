package io.finguard.adapters.persistence;

import static io.finguard.adapters.persistence.jooq.Tables.PRE_USERS;
import static io.finguard.domain.fixtures.SampleValues.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.signup.PreUser;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Parallel signups of one phone, as VerifyOtp does on the signup branch: look for the phone's live signup under
 * lock, start one if there is none. The claim on the phone (phone_claims) lets exactly one through.
 */
class SignupRaceTest {
    private final Transactions transactions = PostgresPorts.shared().transactions();
    private final PreUsers preUsers = PostgresPorts.shared().preUsers();

    private String signUp(PhoneNumber phone) {
        try {
            return transactions.inTransaction(() -> {
                if (preUsers.lockLiveByPhone(phone).isPresent()) {
                    return "resumed existing";
                }
                preUsers.add(PreUser.start(Samples.preUserFacts(phone, T0)));
                return "created";
            });
        } catch (DuplicateException lost) {
            return "refused (DuplicateException)";
        }
    }

    private void race(int threads, int rounds) throws Exception {
        Map<String, Long> tally = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            PhoneNumber phone = SampleValues.phone();

            List<Race.Outcome<String>> outcomes = Race.run(threads, () -> signUp(phone));

            outcomes.forEach(o -> {
                assertThat(o.failure()).as("no other exception").isNull();
                tally.merge(o.value(), 1L, Long::sum);
            });
            assertThat(outcomes).filteredOn(o -> "created".equals(o.value())).hasSize(1);
            assertThat(TestDatabase.shared().sql().fetchCount(PRE_USERS, PRE_USERS.PHONE.eq(phone.e164()))).isEqualTo(1);
        }
        Race.report(threads + " parallel signups of one phone x " + rounds + " rounds", tally
                + ", pre_users rows per phone: 1 in every round");
    }

    @Test
    void twoParallelSignupsOfOnePhoneMakeOnePreUser() throws Exception {
        race(2, 20);
    }

    @Test
    void tenParallelSignupsOfOnePhoneMakeOnePreUser() throws Exception {
        race(10, 5);
    }
}
