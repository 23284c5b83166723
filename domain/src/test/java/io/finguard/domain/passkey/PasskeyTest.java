package io.finguard.domain.passkey;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.PasskeyId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The signature counter rule of WebAuthn section 6.1.1, as {@link Passkey#use} applies it. */
class PasskeyTest {

    private static Passkey storedWith(long count) {
        return new Passkey(new PasskeyId(UUID.randomUUID()), SampleValues.userId(), CredentialId.of(new byte[] {1, 2, 3}),
                CoseKey.of(new byte[] {9}), "laptop", List.of("internal"), count, T0, Optional.empty());
    }

    @ParameterizedTest(name = "stored {0}, presented {1}: advances {2}")
    @CsvSource({
            "0, 0, true",          // an authenticator that never counts
            "0, 1, true",
            "5, 6, true",
            "5, 900, true",
            "5, 5, false",         // the same counter twice: a replay or a clone
            "5, 4, false",
            "5, 0, false",         // a counting authenticator that reports 0: a clone that does not count
            "4294967294, 4294967295, true"
    })
    void theCounterMustGrowUnlessNeitherSideCounts(long stored, long presented, boolean advances) {
        Instant at = T0.plusSeconds(60);
        SignCountCheck check = storedWith(stored).use(presented, at);

        if (advances) {
            assertThat(check).isInstanceOfSatisfying(SignCountCheck.Advanced.class, a -> {
                assertThat(a.next().signCount()).isEqualTo(presented);
                assertThat(a.next().lastUsedAt()).contains(at);
            });
        } else {
            assertThat(check).isEqualTo(new SignCountCheck.Regressed(stored, presented));
        }
    }
}
