package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.InMemorySecretHasher;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** PIN and password step-up: counted failures, a lock that grows, and a one-time rehash of outdated hashes. */
class StepUpJourneyTest {
    private static final String PHONE = "+4915112345678";

    private static StepUp.Command pin(UserId user, String secret) {
        return new StepUp.Command(new StepUp.Subject.ViaTicket(user, Optional.of(new DeviceId("phone-1"))), AuthMethod.PIN, secret, new ClientAddress("203.0.113.7"));
    }

    @Test
    void fiveWrongPinsLockStepUpEvenForTheRightPinUntilTheLockEnds() {
        Harness h = new Harness();
        UserId user = h.claims(h.signUp(PHONE, "phone-1").tokens()).subject();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(h.app.stepUp().stepUp(pin(user, "402917"))).as("attempt %d", attempt).isEqualTo(new StepUp.Result.WrongSecret());
        }
        assertThat(h.app.stepUp().stepUp(pin(user, "402917"))).isInstanceOf(StepUp.Result.Locked.class);
        assertThat(h.app.stepUp().stepUp(pin(user, Harness.PIN))).isInstanceOfSatisfying(StepUp.Result.Locked.class,
                locked -> assertThat(locked.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
        h.clock.advance(Duration.ofMinutes(15));
        assertThat(h.app.stepUp().stepUp(pin(user, Harness.PIN))).isInstanceOf(StepUp.Result.SteppedUp.class);
        assertThat(h.db.transactions().inTransaction(() -> h.db.auditLog().recent(user.toString(), 50)))
                .extracting(AuditEvent::type).contains(AuditType.STEP_UP_FAILED, AuditType.STEP_UP_LOCKED, AuditType.STEP_UP_SUCCEEDED);
    }

    @Test
    void aHashWithOutdatedParametersIsReplacedOnceOnTheNextSuccessfulStepUp() {
        Harness h = new Harness();
        InMemorySecretHasher hasher = new InMemorySecretHasher();
        h.useHasher(hasher);
        UserId user = h.claims(h.signUp(PHONE, "phone-1").tokens()).subject();
        HashedSecret weak = pinHash(h, user);

        hasher.bumpVersion(); // as new Argon2 parameters or a new pepper would
        assertThat(h.app.stepUp().stepUp(pin(user, Harness.PIN))).isInstanceOf(StepUp.Result.SteppedUp.class);
        HashedSecret upgraded = pinHash(h, user);
        assertThat(upgraded).isNotEqualTo(weak);
        assertThat(upgraded.encoded()).contains("v=2");

        assertThat(h.app.stepUp().stepUp(pin(user, Harness.PIN))).isInstanceOf(StepUp.Result.SteppedUp.class);
        assertThat(pinHash(h, user)).as("no second rehash with current parameters").isEqualTo(upgraded);
        assertThat(h.db.transactions().inTransaction(() -> h.db.auditLog().recent(user.toString(), 50)))
                .extracting(AuditEvent::type).containsOnlyOnce(AuditType.CREDENTIALS_REHASHED);
    }

    @Test
    void aPasswordStepUpAcceptsTheNfkcFormOfThePassword() {
        Harness h = new Harness();
        UserId user = h.claims(h.signUp(PHONE, "phone-1").tokens()).subject();
        String fullWidth = "ｃｏｒｒｅｃｔ horse battery staple";
        assertThat(h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaTicket(user, Optional.of(new DeviceId("phone-1"))), AuthMethod.PASSWORD, fullWidth,
                new ClientAddress("203.0.113.7")))).isInstanceOf(StepUp.Result.SteppedUp.class);
    }

    @Test
    void aStepUpOfALiveSessionKeepsTheDeviceOfTheSessionItReplaces() {
        Harness h = new Harness();
        AccessClaims first = h.claims(h.signUp(PHONE, "phone-1").tokens());

        StepUp.Result stepped = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(first.subject(),
                first.session()), AuthMethod.PIN, Harness.PIN, new ClientAddress("203.0.113.7")));

        assertThat(stepped).isInstanceOf(StepUp.Result.SteppedUp.class);
        AccessClaims raised = h.claims(((StepUp.Result.SteppedUp) stepped).login().tokens());
        assertThat(raised.session()).isNotEqualTo(first.session());
        assertThat(h.db.transactions().inTransaction(() -> h.db.sessions().lock(raised.session()))).get()
                .extracting(family -> family.facts().device()).isEqualTo(Optional.of(new DeviceId("phone-1")));
    }

    @Test
    void aStepUpOfASessionWithoutADeviceStaysWithoutOne() {
        Harness h = new Harness();
        AccessClaims first = h.claims(h.signUp(PHONE, null).tokens());

        StepUp.Result stepped = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(first.subject(),
                first.session()), AuthMethod.PIN, Harness.PIN, new ClientAddress("203.0.113.7")));

        AccessClaims raised = h.claims(((StepUp.Result.SteppedUp) stepped).login().tokens());
        assertThat(h.db.transactions().inTransaction(() -> h.db.sessions().lock(raised.session()))).get()
                .extracting(family -> family.facts().device()).isEqualTo(Optional.empty());
        assertThat(h.enter(PHONE, null)).isInstanceOf(io.finguard.domain.port.in.LoginResult.StepUpRequired.class);
    }

    private static HashedSecret pinHash(Harness h, UserId user) {
        return h.db.transactions().inTransaction(() -> h.db.users().find(user)).orElseThrow().facts().credentials().pin();
    }
}
