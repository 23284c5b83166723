package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.policy.LoginDenial;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.UserId;
import io.finguard.domain.model.UserStatus;
import io.finguard.domain.policy.StepUpReason;
import io.finguard.domain.port.in.BlockUser;
import io.finguard.domain.port.in.CompleteProfile;
import io.finguard.domain.port.in.DecideReview;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.SetCredentials;
import io.finguard.domain.port.in.SignupStep;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.port.in.SubmitSignup;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.token.TokenCheck;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.signup.Address;
import io.finguard.domain.signup.PreUserStatus;
import io.finguard.domain.signup.Profile;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.KeyThumbprint;
import org.junit.jupiter.api.Test;

/** A returning person: L1-L6 with and without step-up, blocked users, and signups resumed where they stopped. */
class LoginJourneyTest {
    private static final String PHONE = "+4915112345678";
    private final Harness h = new Harness();

    @Test
    void aLimitedUserOnAKnownDeviceIsAuthenticatedByThePhoneAlone() {
        KeyThumbprint key = SampleValues.keyThumbprint();
        h.signUp(PHONE, "phone-1");
        assertThat(h.enterWithKey(PHONE, "phone-1", key)).as("a key is new until it steps up")
                .isInstanceOf(LoginResult.StepUpRequired.class);
        h.logInSteppingUp(PHONE, Optional.of(key));

        LoginResult again = h.enterWithKey(PHONE, "phone-1", key);

        assertThat(again).isInstanceOf(LoginResult.Authenticated.class);
        assertThat(h.claims(((LoginResult.Authenticated) again).tokens()).acr()).isEqualTo(AssuranceLevel.AAL1);
        assertThat(h.claims(((LoginResult.Authenticated) again).tokens()).boundKey()).contains(key);
        assertThat(((LoginResult.Authenticated) again).tokens().bound()).isTrue();
    }

    @Test
    void theSameDeviceLabelFromAnotherKeyOrWithoutAKeyIsANewDevice() {
        h.signUp(PHONE, "phone-1");
        h.logInSteppingUp(PHONE, Optional.of(SampleValues.keyThumbprint()));

        assertThat(h.enterWithKey(PHONE, "phone-1", SampleValues.keyThumbprint())).isInstanceOfSatisfying(
                LoginResult.StepUpRequired.class, s -> assertThat(s.reasons()).containsExactly(StepUpReason.NEW_DEVICE));
        assertThat(h.enter(PHONE, "phone-1")).isInstanceOfSatisfying(
                LoginResult.StepUpRequired.class, s -> assertThat(s.reasons()).containsExactly(StepUpReason.NEW_DEVICE));
    }

    @Test
    void aPhoneProvenWithoutADeviceIsOnANewDeviceEvenForAMemberWhoNeverNamedOne() {
        h.signUp(PHONE, null);

        LoginResult again = h.enter(PHONE, null);

        assertThat(again).isInstanceOfSatisfying(LoginResult.StepUpRequired.class,
                stepUp -> assertThat(stepUp.reasons()).containsExactly(StepUpReason.NEW_DEVICE));
    }

    @Test
    void aNewDeviceNeedsAStepUpWhichFinishesTheLoginAtAal2() {
        UserId user = h.claims(h.signUp(PHONE, "phone-1").tokens()).subject();
        LoginResult login = h.enter(PHONE, "tablet-2");
        assertThat(login).isInstanceOf(LoginResult.StepUpRequired.class);
        LoginResult.StepUpRequired stepUp = (LoginResult.StepUpRequired) login;
        assertThat(stepUp.reasons()).containsExactly(StepUpReason.NEW_DEVICE);
        TokenCheck<FlowTicket> ticket = h.app.authenticate().stepUpTicket(stepUp.ticket().value());
        assertThat(ticket).isInstanceOf(TokenCheck.Valid.class);
        assertThat(((TokenCheck.Valid<FlowTicket>) ticket).claims().subject()).isEqualTo(user.toString());
        assertThat(h.app.authenticate().accessToken(stepUp.ticket().value())).as("a ticket is no access token")
                .isInstanceOf(TokenCheck.Invalid.class);

        StepUp.Result result = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaTicket(user, Optional.of(new DeviceId("tablet-2"))), AuthMethod.PASSWORD,
                Harness.PASSWORD, new ClientAddress("203.0.113.7")));
        assertThat(result).isInstanceOf(StepUp.Result.SteppedUp.class);
        var claims = h.claims(((StepUp.Result.SteppedUp) result).login().tokens());
        assertThat(claims.acr()).isEqualTo(AssuranceLevel.AAL2);
        assertThat(claims.amr()).containsExactlyInAnyOrder(AuthMethod.SMS, AuthMethod.PASSWORD);
        // A device label is no key: without DPoP the next login is a new device again.
        assertThat(h.enter(PHONE, "tablet-2")).isInstanceOf(LoginResult.StepUpRequired.class);
    }

    @Test
    void aFullTierUserAlwaysStepsUp() {
        KeyThumbprint key = SampleValues.keyThumbprint();
        UserId user = h.claims(h.signUp(PHONE, "phone-1").tokens()).subject();
        h.logInSteppingUp(PHONE, Optional.of(key));
        String reference = ((SubmitKyc.Result.Submitted) h.app.submitKyc().submit(new SubmitKyc.Command(user,
                new KycDocuments("id-card", "D123")))).reference();
        assertThat(h.app.recordKycDecision().record(new RecordKycDecision.Command(reference, true)))
                .isEqualTo(new RecordKycDecision.Result.Recorded(KycStatus.VERIFIED, Tier.FULL));
        LoginResult login = h.enterWithKey(PHONE, "phone-1", key);
        assertThat(login).isInstanceOfSatisfying(LoginResult.StepUpRequired.class, s -> {
            assertThat(s.tier()).isEqualTo(Tier.FULL);
            assertThat(s.reasons()).containsExactly(StepUpReason.FULL_TIER);
        });
    }

    @Test
    void wrongCodesBeforeTheRightOneCallForAStepUp() {
        h.signUp(PHONE, "phone-1");
        var sent = h.requestCode(PHONE);
        assertThat(h.verify(sent, "000000", "phone-1")).isInstanceOf(io.finguard.domain.port.in.VerifyOtp.Result.WrongCode.class);
        var proven = h.verify(sent, h.lastCode(PHONE).digits(), "phone-1");
        assertThat(((io.finguard.domain.port.in.VerifyOtp.Result.Proven) proven).login())
                .isInstanceOfSatisfying(LoginResult.StepUpRequired.class,
                        s -> assertThat(s.reasons()).contains(StepUpReason.RECENT_FAILURES));
    }

    @Test
    void aBlockedUserIsDeniedAndLosesEverySessionAtOnce() {
        LoginResult.Authenticated first = h.signUp(PHONE, "phone-1");
        UserId user = h.claims(first.tokens()).subject();
        assertThat(h.app.blockUser().change(new BlockUser.Command(user, true, "fraud report")))
                .isEqualTo(new BlockUser.Result.Changed(UserStatus.BLOCKED, 1));
        assertThat(h.enter(PHONE, "phone-1")).isEqualTo(new LoginResult.Denied(LoginDenial.USER_BLOCKED));
        assertThat(h.app.refreshSession().refresh(new RefreshSession.Command(first.tokens().refresh().value())))
                .isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_REVOKED));
        assertThat(h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaTicket(user, Optional.of(new DeviceId("phone-1"))), AuthMethod.PIN, Harness.PIN,
                new ClientAddress("203.0.113.7")))).isEqualTo(new StepUp.Result.Denied(StepUp.Denial.USER_BLOCKED));

        assertThat(h.app.blockUser().change(new BlockUser.Command(user, false, "cleared")))
                .isEqualTo(new BlockUser.Result.Changed(UserStatus.ACTIVE, 0));
        assertThat(h.enter(PHONE, "phone-1")).isInstanceOf(LoginResult.StepUpRequired.class);
    }

    @Test
    void anAbandonedSignupResumesAtTheStepWhereItStopped() {
        LoginResult first = h.enter(PHONE, "phone-1");
        PreUserId id = h.signupId((LoginResult.OnboardingRequired) first);
        assertThat(h.app.setCredentials().set(new SetCredentials.Command(id, Harness.PASSWORD, Harness.PIN, Harness.ip("203.0.113.7"))))
                .isInstanceOf(SetCredentials.Result.Saved.class);

        h.clock.advance(Duration.ofHours(3));
        LoginResult resumed = h.enter(PHONE, "phone-1");
        assertThat(resumed).isInstanceOfSatisfying(LoginResult.OnboardingRequired.class, o -> {
            assertThat(o.signup().id()).isEqualTo(id);
            assertThat(o.signup().status()).isEqualTo(PreUserStatus.CREDENTIALS_SET);
            assertThat(o.signup().nextStep()).isEqualTo(SignupStep.COMPLETE_PROFILE);
        });
        // Out of order: submit before the profile answers with the current state.
        assertThat(h.app.submitSignup().submit(new SubmitSignup.Command(id, new ClientAddress("203.0.113.7"), Optional.of(new DeviceId("phone-1")))))
                .isInstanceOfSatisfying(SubmitSignup.Result.InvalidState.class,
                        s -> assertThat(s.signup().nextStep()).isEqualTo(SignupStep.COMPLETE_PROFILE));
    }

    @Test
    void aSignupAbandonedPastItsLifetimeStartsAfresh() {
        PreUserId old = h.signupId((LoginResult.OnboardingRequired) h.enter(PHONE, "phone-1"));
        h.clock.advance(Duration.ofHours(25));
        assertThat(h.app.setCredentials().set(new SetCredentials.Command(old, Harness.PASSWORD, Harness.PIN, Harness.ip("203.0.113.7"))))
                .isInstanceOfSatisfying(SetCredentials.Result.InvalidState.class,
                        s -> assertThat(s.signup().status()).isEqualTo(PreUserStatus.EXPIRED));
        LoginResult fresh = h.enter(PHONE, "phone-1");
        assertThat(fresh).isInstanceOfSatisfying(LoginResult.OnboardingRequired.class, o -> {
            assertThat(o.signup().id()).isNotEqualTo(old);
            assertThat(o.signup().nextStep()).isEqualTo(SignupStep.SET_CREDENTIALS);
        });
    }

    @Test
    void aMissingBirthDateGoesToReviewAndAnOperatorApproves() {
        PreUserId id = h.signupId((LoginResult.OnboardingRequired) h.enter(PHONE, "phone-1"));
        h.app.setCredentials().set(new SetCredentials.Command(id, Harness.PASSWORD, Harness.PIN, Harness.ip("203.0.113.7")));
        Profile noBirthDate = new Profile("Ada", "Lovelace", Optional.empty(), new Address("1 Way", "", "London", "N1", "GB"));
        assertThat(h.app.completeProfile().complete(new CompleteProfile.Command(id, noBirthDate, Harness.ip("203.0.113.7")))).isInstanceOf(CompleteProfile.Result.Saved.class);
        assertThat(h.app.submitSignup().submit(new SubmitSignup.Command(id, new ClientAddress("203.0.113.7"), Optional.of(new DeviceId("phone-1")))))
                .isInstanceOfSatisfying(SubmitSignup.Result.UnderReview.class,
                        r -> assertThat(r.signup().nextStep()).isEqualTo(SignupStep.WAIT_FOR_REVIEW));
        assertThat(h.app.decideReview().waiting(10)).extracting(v -> v.id()).contains(id);
        assertThat(h.enter(PHONE, "phone-1")).isInstanceOfSatisfying(LoginResult.OnboardingRequired.class,
                o -> assertThat(o.signup().status()).isEqualTo(PreUserStatus.UNDER_REVIEW));

        assertThat(h.app.decideReview().decide(new DecideReview.Command(id, true))).isInstanceOf(DecideReview.Result.Approved.class);
        assertThat(h.enter(PHONE, "phone-1")).isInstanceOf(LoginResult.StepUpRequired.class);
    }

    @Test
    void anUnderageApplicantIsRejectedAndCannotLogIn() {
        PreUserId id = h.signupId((LoginResult.OnboardingRequired) h.enter(PHONE, "phone-1"));
        h.app.setCredentials().set(new SetCredentials.Command(id, Harness.PASSWORD, Harness.PIN, Harness.ip("203.0.113.7")));
        Profile minor = new Profile("Tim", "Young", Optional.of(h.clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                .minusYears(18).plusDays(1)), new Address("1 Way", "", "London", "N1", "GB"));
        h.app.completeProfile().complete(new CompleteProfile.Command(id, minor, Harness.ip("203.0.113.7")));
        assertThat(h.app.submitSignup().submit(new SubmitSignup.Command(id, new ClientAddress("203.0.113.7"), Optional.of(new DeviceId("phone-1")))))
                .isInstanceOf(SubmitSignup.Result.Rejected.class);
        assertThat(h.enter(PHONE, "phone-1")).isEqualTo(new LoginResult.Denied(LoginDenial.SIGNUP_REJECTED));
    }

    /** Dates of 1930-2029 are refused when the PIN is chosen; an earlier birth date is only known with the profile. */
    @Test
    void aPinThatIsTheBirthDateIsRefusedWhenTheBirthDateArrives() {
        PreUserId id = h.signupId((LoginResult.OnboardingRequired) h.enter(PHONE, "phone-1"));
        assertThat(h.app.setCredentials().set(new SetCredentials.Command(id, Harness.PASSWORD, "170590", Harness.ip("203.0.113.7"))))
                .isEqualTo(new SetCredentials.Result.Weak(io.finguard.domain.policy.WeakSecret.PIN_DATE));
        assertThat(h.app.setCredentials().set(new SetCredentials.Command(id, Harness.PASSWORD, "192505", Harness.ip("203.0.113.7"))))
                .isInstanceOf(SetCredentials.Result.Saved.class);
        Profile bornEarly = new Profile("Ada", "Lovelace", Optional.of(LocalDate.of(1925, 5, 17)),
                new Address("1 Way", "", "London", "N1", "GB"));
        assertThat(h.app.completeProfile().complete(new CompleteProfile.Command(id, bornEarly, Harness.ip("203.0.113.7"))))
                .isEqualTo(new CompleteProfile.Result.WeakPin(io.finguard.domain.policy.WeakSecret.PIN_FROM_BIRTH_DATE));
    }
}
