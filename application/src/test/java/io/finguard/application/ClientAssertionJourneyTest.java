package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.InMemoryClientAssertions;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.port.in.CheckClientAssertion;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** private_key_jwt: a valid assertion authenticates once; its jti is spent for as long as the assertion could pass. */
class ClientAssertionJourneyTest {
    private static final String ISSUER = "https://id.finguard.test";
    private final Harness h = new Harness();
    private final KeyThumbprint key = SampleValues.keyThumbprint();

    @Test
    void anAssertionAuthenticatesOnceAndItsReplayIsRefusedUntilItCouldNoLongerPass() {
        String assertion = InMemoryClientAssertions.assertion(key, "risk", ISSUER, "jti-1", h.clock.instant().plusSeconds(60));
        var command = new CheckClientAssertion.Command(assertion, "risk", key.value(), Set.of(ISSUER));
        assertThat(h.app.checkClientAssertion().check(command)).isEqualTo(new CheckClientAssertion.Result.Authenticated());
        assertThat(h.app.checkClientAssertion().check(command)).isInstanceOf(CheckClientAssertion.Result.Refused.class);
        h.clock.advance(Duration.ofSeconds(59));
        assertThat(h.app.checkClientAssertion().check(command)).as("still replayable, still refused")
                .isInstanceOf(CheckClientAssertion.Result.Refused.class);
    }

    @Test
    void aJtiIsSpentPerKeySoAnotherClientsAssertionWithTheSameJtiPasses() {
        KeyThumbprint other = SampleValues.keyThumbprint();
        var exp = h.clock.instant().plusSeconds(60);
        var mine = new CheckClientAssertion.Command(InMemoryClientAssertions.assertion(key, "risk", ISSUER, "same", exp),
                "risk", key.value(), Set.of(ISSUER));
        var theirs = new CheckClientAssertion.Command(InMemoryClientAssertions.assertion(other, "ledger", ISSUER, "same", exp),
                "ledger", other.value(), Set.of(ISSUER));
        assertThat(h.app.checkClientAssertion().check(mine)).isEqualTo(new CheckClientAssertion.Result.Authenticated());
        assertThat(h.app.checkClientAssertion().check(theirs)).isEqualTo(new CheckClientAssertion.Result.Authenticated());
    }

    @Test
    void anInvalidAssertionOrNoAcceptableAudienceIsRefused() {
        String assertion = InMemoryClientAssertions.assertion(key, "risk", "https://elsewhere", "j", h.clock.instant().plusSeconds(60));
        assertThat(h.app.checkClientAssertion().check(new CheckClientAssertion.Command(assertion, "risk", key.value(), Set.of(ISSUER))))
                .isInstanceOf(CheckClientAssertion.Result.Refused.class);
        assertThat(h.app.checkClientAssertion().check(new CheckClientAssertion.Command(assertion, "risk", key.value(), Set.of())))
                .isInstanceOf(CheckClientAssertion.Result.Refused.class);
    }
}
