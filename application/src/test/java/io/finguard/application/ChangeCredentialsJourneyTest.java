package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.policy.WeakSecret;
import io.finguard.domain.port.in.ChangeCredentials;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Credential change: only after a fresh step-up, through the same policies, and it ends every session. */
class ChangeCredentialsJourneyTest {
    private static final String PHONE = "+4915112345678";
    private static final ClientAddress CLIENT = new ClientAddress("203.0.113.7");
    private final Harness h = new Harness();

    private LoginResult.Authenticated steppedUp(AccessClaims claims) {
        StepUp.Result result = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(claims.subject(), claims.session()),
                AuthMethod.PIN, Harness.PIN, new ClientAddress("203.0.113.7")));
        return ((StepUp.Result.SteppedUp) result).login();
    }

    private ChangeCredentials.Result change(ChangeCredentials.Command command) {
        return h.app.changeCredentials().change(command);
    }

    @Test
    void aNewPinNeedsAFreshStepUpAndEndsEverySessionAtOnce() {
        LoginResult.Authenticated first = h.signUp(PHONE, "phone-1");
        LoginResult.Authenticated other = h.logInSteppingUp(PHONE, java.util.Optional.empty());
        AccessClaims aal1 = h.claims(first.tokens());
        assertThat(change(new ChangeCredentials.Command(aal1, Optional.empty(), Optional.of("284619"), CLIENT)))
                .isEqualTo(new ChangeCredentials.Result.StepUpRequired());

        LoginResult.Authenticated strong = steppedUp(aal1);
        AccessClaims aal2 = h.claims(strong.tokens());
        assertThat(change(new ChangeCredentials.Command(aal2, Optional.empty(), Optional.of("123456"), CLIENT)))
                .isEqualTo(new ChangeCredentials.Result.Weak(WeakSecret.PIN_TRIVIAL));
        assertThat(change(new ChangeCredentials.Command(aal2, Optional.of("password"), Optional.empty(), CLIENT)))
                .isEqualTo(new ChangeCredentials.Result.Weak(WeakSecret.PASSWORD_COMMON));
        assertThat(change(new ChangeCredentials.Command(aal2, Optional.empty(), Optional.of("284619"), CLIENT)))
                .isEqualTo(new ChangeCredentials.Result.Changed(2));

        assertThat(h.app.refreshSession().refresh(new RefreshSession.Command(strong.tokens().refresh().value())))
                .isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_REVOKED));
        assertThat(h.app.refreshSession().refresh(new RefreshSession.Command(other.tokens().refresh().value())))
                .isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_REVOKED));
        StepUp.Command oldPin = new StepUp.Command(new StepUp.Subject.ViaTicket(aal2.subject(), Optional.of(new DeviceId("phone-1"))), AuthMethod.PIN, Harness.PIN,
                new ClientAddress("203.0.113.7"));
        assertThat(h.app.stepUp().stepUp(oldPin)).isEqualTo(new StepUp.Result.WrongSecret());
        StepUp.Command newPin = new StepUp.Command(new StepUp.Subject.ViaTicket(aal2.subject(), Optional.of(new DeviceId("phone-1"))), AuthMethod.PIN, "284619",
                new ClientAddress("203.0.113.7"));
        assertThat(h.app.stepUp().stepUp(newPin)).isInstanceOf(StepUp.Result.SteppedUp.class);
    }

    @Test
    void aNewPasswordAndANewPinAtOnceAreHashedTogetherAndEachOpensWithItsOwnSecret() {
        AccessClaims aal2 = h.claims(steppedUp(h.claims(h.signUp(PHONE, "phone-1").tokens())).tokens());
        WatchedHasher hasher = new WatchedHasher(h.hasher);
        h.useHasher(hasher);

        assertThat(change(new ChangeCredentials.Command(aal2, Optional.of("a brand new passphrase"), Optional.of("284619"), CLIENT)))
                .isEqualTo(new ChangeCredentials.Result.Changed(1));

        assertThat(hasher.hashes()).as("slow hashes").isEqualTo(2);
        assertThat(hasher.admissions()).as("waits for a hashing slot").isEqualTo(1);
        StepUp.Subject.ViaTicket device = new StepUp.Subject.ViaTicket(aal2.subject(), Optional.of(new DeviceId("phone-1")));
        assertThat(h.app.stepUp().stepUp(new StepUp.Command(device, AuthMethod.PASSWORD, "a brand new passphrase", CLIENT)))
                .isInstanceOf(StepUp.Result.SteppedUp.class);
        assertThat(h.app.stepUp().stepUp(new StepUp.Command(device, AuthMethod.PIN, "284619", CLIENT)))
                .isInstanceOf(StepUp.Result.SteppedUp.class);
        assertThat(h.app.stepUp().stepUp(new StepUp.Command(device, AuthMethod.PIN, "a brand new passphrase", CLIENT)))
                .isEqualTo(new StepUp.Result.WrongSecret());
    }

    @Test
    void aStaleStepUpOrAnEmptyRequestChangesNothing() {
        AccessClaims aal2 = h.claims(steppedUp(h.claims(h.signUp(PHONE, "phone-1").tokens())).tokens());
        assertThat(change(new ChangeCredentials.Command(aal2, Optional.empty(), Optional.empty(), CLIENT)))
                .isEqualTo(new ChangeCredentials.Result.NothingToChange());
        h.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(change(new ChangeCredentials.Command(aal2, Optional.of("a brand new passphrase"),
                Optional.empty(), CLIENT))).isEqualTo(new ChangeCredentials.Result.StepUpRequired());
    }
}
