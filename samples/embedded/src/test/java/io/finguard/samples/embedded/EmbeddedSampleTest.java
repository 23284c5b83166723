package io.finguard.samples.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.Tier;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.TokenCheck;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The sample's journey, run as CI runs it: it must end with a LIMITED account and an AAL2 login. */
class EmbeddedSampleTest {
    private static final String PHONE = "+4915112345678";

    @Test
    void theSignupOpensALimitedAccountAndTheNextDaysLoginOnANewDeviceEndsAtAal2AfterThePin() {
        EmbeddedSample sample = new EmbeddedSample();
        EmbeddedSample.Journey journey = sample.run(PHONE);

        assertThat(journey.signup().tier()).isEqualTo(Tier.LIMITED);
        assertThat(journey.signup().tokens().acr()).isEqualTo(AssuranceLevel.AAL1);
        assertThat(sample.app.authenticate().accessToken(journey.signup().tokens().access().value()))
                .as("a real token of this issuer, a day old by the login").isEqualTo(new TokenCheck.Invalid<AccessClaims>(io.finguard.domain.token.TokenRefusal.EXPIRED));

        AccessClaims login = claims(sample, journey.login().tokens().access().value());
        assertThat(login.tier()).isEqualTo(Tier.LIMITED);
        assertThat(login.acr()).isEqualTo(AssuranceLevel.AAL2);
        assertThat(login.amr()).containsExactlyInAnyOrder(AuthMethod.SMS, AuthMethod.PIN);
    }

    @Test
    void mainRunsTheJourneyAndPrintsWhereEachSessionStandsWithoutASecret() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            EmbeddedSample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("signed up: LIMITED at AAL1; logged in again: LIMITED at AAL2");
    }

    private static AccessClaims claims(EmbeddedSample sample, String accessToken) {
        TokenCheck<AccessClaims> check = sample.app.authenticate().accessToken(accessToken);
        assertThat(check).isInstanceOf(TokenCheck.Valid.class);
        return check instanceof TokenCheck.Valid<AccessClaims> valid ? valid.claims() : null;
    }
}
