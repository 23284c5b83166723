package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.UserId;
import io.finguard.domain.model.UserStatus;
import io.finguard.domain.policy.StepUpReason;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.ReleaseNumber;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.TokenCheck;
import io.finguard.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Recycled numbers: a dormant account's number, proven from a device the account never used, does not log in on
 * SMS + PIN; the password finishes it, and the new holder of the number may instead say "this is not my account",
 * which keeps the old account (PHONE_RELEASED, sessions ended) and starts a fresh signup on the number.
 */
class RecycledNumberJourneyTest {
    private static final String NUMBER = "+4915112345678";
    private static final ClientAddress CLIENT = new ClientAddress("203.0.113.7");

    private final Harness h = new Harness();

    /** Ada signs up and uses her account, then nothing for 181 days. */
    private UserId dormantAda() {
        LoginResult.Authenticated ada = h.signUp(NUMBER, "ada-phone");
        UserId id = h.claims(ada.tokens()).subject();
        h.clock.advance(Duration.ofDays(181));
        return id;
    }

    private LoginResult.StepUpRequired stepUpRequired(LoginResult login) {
        assertThat(login).isInstanceOf(LoginResult.StepUpRequired.class);
        return (LoginResult.StepUpRequired) login;
    }

    private FlowTicket releaseTicket(LoginResult.StepUpRequired login) {
        TokenCheck<FlowTicket> check = h.app.authenticate().releaseTicket(login.releaseTicket().orElseThrow().value());
        assertThat(check).isInstanceOf(TokenCheck.Valid.class);
        return ((TokenCheck.Valid<FlowTicket>) check).claims();
    }

    private ReleaseNumber.Result release(FlowTicket ticket) {
        return h.app.releaseNumber().release(new ReleaseNumber.Command(UserId.parse(ticket.subject()), ticket.device()));
    }

    @Test
    void aNewPersonOnADormantNumberTakesItOverAndTheDormantAccountIsKept() {
        UserId ada = dormantAda();

        LoginResult.StepUpRequired login = stepUpRequired(h.enter(NUMBER, "carol-phone"));
        assertThat(login.reasons()).contains(StepUpReason.NUMBER_MAY_BE_RECYCLED);
        assertThat(login.passwordOnly()).isTrue();
        FlowTicket ticket = releaseTicket(login);
        assertThat(ticket.device()).contains(new DeviceId("carol-phone"));

        ReleaseNumber.Result released = release(ticket);

        assertThat(released).isInstanceOf(ReleaseNumber.Result.Released.class);
        LoginResult.OnboardingRequired carol = ((ReleaseNumber.Result.Released) released).signup();
        assertThat(h.signupId(carol)).isNotNull();
        User kept = h.db.transactions().inTransaction(() -> h.db.users().find(ada)).orElseThrow();
        assertThat(kept.status()).isEqualTo(UserStatus.PHONE_RELEASED);
        assertThat(kept.facts().phone()).isEqualTo(PhoneNumber.of(NUMBER));
        assertThat(h.db.transactions().inTransaction(() -> h.db.accounts().findByOwner(ada))).isPresent();
        assertThat(h.db.transactions().inTransaction(() -> h.db.users().findByPhone(PhoneNumber.of(NUMBER)))).isEmpty();
        List<AuditType> trail = h.db.transactions().inTransaction(() -> h.db.auditLog().recent(ada.toString(), 50))
                .stream().map(AuditEvent::type).toList();
        assertThat(trail).contains(AuditType.PHONE_RELEASED);

        // Carol finishes her own signup on the number; Ada's old refresh token is dead.
        h.clock.advance(Duration.ofMinutes(2));
        LoginResult.Authenticated carolSession = h.signUp(NUMBER, "carol-phone");
        assertThat(h.claims(carolSession.tokens()).subject()).isNotEqualTo(ada);
    }

    @Test
    void theDormantAccountsOwnSessionsEndWhenItsNumberIsReleased() {
        LoginResult.Authenticated ada = h.signUp(NUMBER, "ada-phone");
        h.clock.advance(Duration.ofDays(13));
        RefreshSession.Result kept = h.app.refreshSession().refresh(new RefreshSession.Command(ada.tokens().refresh().value()));
        assertThat(kept).isInstanceOf(RefreshSession.Result.Refreshed.class);
        String refresh = ((RefreshSession.Result.Refreshed) kept).tokens().refresh().value();
        h.clock.advance(Duration.ofDays(181));

        FlowTicket ticket = releaseTicket(stepUpRequired(h.enter(NUMBER, "carol-phone")));
        assertThat(release(ticket)).isInstanceOf(ReleaseNumber.Result.Released.class);

        assertThat(h.app.refreshSession().refresh(new RefreshSession.Command(refresh)))
                .isInstanceOf(RefreshSession.Result.Refused.class);
    }

    @Test
    void onADormantNumberThePinIsRefusedAndThePasswordLogsTheOwnerBackIn() {
        UserId ada = dormantAda();
        LoginResult.StepUpRequired login = stepUpRequired(h.enter(NUMBER, "new-phone"));
        StepUp.Subject subject = new StepUp.Subject.ViaTicket(ada, Harness.device("new-phone"));

        StepUp.Result byPin = h.app.stepUp().stepUp(new StepUp.Command(subject, AuthMethod.PIN, Harness.PIN, CLIENT));
        assertThat(byPin).isEqualTo(new StepUp.Result.Denied(StepUp.Denial.PASSWORD_REQUIRED));
        assertThat(StepUp.Denial.PASSWORD_REQUIRED.code()).isEqualTo(RefusalCode.PASSWORD_REQUIRED.code());

        StepUp.Result byPassword = h.app.stepUp().stepUp(new StepUp.Command(subject, AuthMethod.PASSWORD, Harness.PASSWORD, CLIENT));
        assertThat(byPassword).isInstanceOf(StepUp.Result.SteppedUp.class);

        // The owner is back: the account is live again, and the release ticket of that login releases nothing.
        assertThat(release(releaseTicket(login))).isEqualTo(new ReleaseNumber.Result.Refused(ReleaseNumber.Refusal.NOT_RELEASABLE));
        assertThat(h.db.transactions().inTransaction(() -> h.db.users().find(ada)).orElseThrow().status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void aLiveAccountOnANewDeviceIsOfferedNoReleaseAndTheReleaseRouteRefusesIt() {
        UserId ada = h.claims(h.signUp(NUMBER, "ada-phone").tokens()).subject();
        h.clock.advance(Duration.ofDays(179));

        LoginResult.StepUpRequired login = stepUpRequired(h.enter(NUMBER, "mallory-phone"));

        assertThat(login.releaseTicket()).isEmpty();
        assertThat(login.passwordOnly()).isFalse();
        assertThat(h.app.releaseNumber().release(new ReleaseNumber.Command(ada, Harness.device("mallory-phone"))))
                .isEqualTo(new ReleaseNumber.Result.Refused(ReleaseNumber.Refusal.NOT_RELEASABLE));
    }

    @Test
    void aDormantAccountOnItsOwnDeviceStepsUpByPasswordAndIsOfferedNoRelease() {
        KeyThumbprint adasKey = SampleValues.keyThumbprint();
        h.signUp(NUMBER, "ada-phone");
        h.logInSteppingUp(NUMBER, Optional.of(adasKey));
        h.clock.advance(Duration.ofDays(181));

        LoginResult.StepUpRequired login = stepUpRequired(h.enterWithKey(NUMBER, "ada-phone", adasKey));

        assertThat(login.reasons()).containsExactly(StepUpReason.DORMANT_ACCOUNT);
        assertThat(login.passwordOnly()).isTrue();
        assertThat(login.releaseTicket()).isEmpty();
    }

    @Test
    void aReleaseTicketIsNoStepUpTicketAndTheReverse() {
        dormantAda();
        LoginResult.StepUpRequired login = stepUpRequired(h.enter(NUMBER, "carol-phone"));

        assertThat(h.app.authenticate().stepUpTicket(login.releaseTicket().orElseThrow().value())).isInstanceOf(TokenCheck.Invalid.class);
        assertThat(h.app.authenticate().releaseTicket(login.ticket().value())).isInstanceOf(TokenCheck.Invalid.class);
    }

    @Test
    void aNumberReleasedOnceCannotBeReleasedAgainWithTheSameTicket() {
        dormantAda();
        FlowTicket ticket = releaseTicket(stepUpRequired(h.enter(NUMBER, "carol-phone")));
        assertThat(release(ticket)).isInstanceOf(ReleaseNumber.Result.Released.class);

        assertThat(release(ticket)).isEqualTo(new ReleaseNumber.Result.Refused(ReleaseNumber.Refusal.NOT_RELEASABLE));
    }
}
