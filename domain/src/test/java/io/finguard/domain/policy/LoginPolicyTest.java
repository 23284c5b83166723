package io.finguard.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.account.Account;
import io.finguard.domain.account.AccountCore;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.UserId;
import io.finguard.domain.signup.Address;
import io.finguard.domain.signup.Credentials;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.signup.PreUserFacts;
import io.finguard.domain.signup.Profile;
import io.finguard.domain.user.User;
import io.finguard.domain.user.UserFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** L1-L4 branch by branch: who the phone belongs to, their status, their account, and whether step-up is due. */
class LoginPolicyTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final PhoneNumber PHONE = PhoneNumber.of("+4915123456789");
    private static final TierPolicy TIERS = TierPolicy.defaults("EUR");
    private static final LoginPolicy POLICY = new LoginPolicy(TIERS, StepUpPolicy.defaults());
    private static final Credentials CREDENTIALS = new Credentials(new HashedSecret("$argon2id$pw"), new HashedSecret("$argon2id$pin"));
    private static final Profile PROFILE = new Profile("Ada", "Lovelace", Optional.of(LocalDate.of(1990, 12, 10)),
            new Address("1 Main St", "", "Berlin", "10115", "DE"));
    private static final UserId USER_ID = UserId.of(UUID.fromString("00000000-0000-4000-8000-0000000000b1"));
    private static final User ACTIVE_USER = User.create(new UserFacts(USER_ID, PHONE, PROFILE, CREDENTIALS, NOW, NOW, 0));
    private static final User BLOCKED_USER = new User.Blocked(ACTIVE_USER.facts(), "fraud", NOW);
    private static final PreUserFacts SIGNUP_FACTS = new PreUserFacts(PreUserId.of(UUID.fromString("00000000-0000-4000-8000-0000000000a1")),
            PHONE, NOW, NOW.plusSeconds(86_400), 0);

    private static AccountCore core(AccountStatus status) {
        return new AccountCore(AccountId.of(UUID.fromString("00000000-0000-4000-8000-0000000000c1")), USER_ID, status,
                Money.zero("EUR"), NOW, 0);
    }

    private static Account limited(AccountStatus status) {
        return new Account.Unverified(core(status));
    }

    private static Account full(AccountStatus status) {
        return new Account.Verified(core(status), 1);
    }

    private static LoginDecision decide(Optional<User> user, Optional<Account> account, Optional<PreUser> signup,
                                        boolean knownDevice, boolean recentFailures) {
        return POLICY.decide(new LoginFacts(user, account, signup, knownDevice, recentFailures));
    }

    private static LoginDecision decideKnownDevice(User user, Account account) {
        return decide(Optional.of(user), Optional.of(account), Optional.empty(), true, false);
    }

    @Test
    void noUserAndNoSignupStartsOnboarding() {
        assertThat(decide(Optional.empty(), Optional.empty(), Optional.empty(), true, false))
                .isEqualTo(new LoginDecision.OnboardingRequired(Optional.empty()));
    }

    @Test
    void noUserAndALiveSignupResumesIt() {
        PreUser signup = new PreUser.CredentialsSet(SIGNUP_FACTS, 2, CREDENTIALS, SampleValues.pinTag());

        assertThat(decide(Optional.empty(), Optional.empty(), Optional.of(signup), false, true))
                .isEqualTo(new LoginDecision.OnboardingRequired(Optional.of(signup)));
    }

    @Test
    void aSignupUnderReviewIsResumedToShowItsState() {
        PreUser review = new PreUser.UnderReview(SIGNUP_FACTS, 2, CREDENTIALS, PROFILE, List.of(RiskReason.OTP_FAILURES));

        assertThat(decide(Optional.empty(), Optional.empty(), Optional.of(review), true, false))
                .isEqualTo(new LoginDecision.OnboardingRequired(Optional.of(review)));
    }

    @Test
    void aRejectedSignupIsDenied() {
        PreUser rejected = new PreUser.Rejected(SIGNUP_FACTS, 2, List.of(RiskReason.UNDER_AGE), NOW);

        assertThat(decide(Optional.empty(), Optional.empty(), Optional.of(rejected), true, false))
                .isEqualTo(new LoginDecision.Denied(LoginDenial.SIGNUP_REJECTED));
    }

    @Test
    void aBlockedUserIsDeniedWhateverTheAccount() {
        assertThat(decideKnownDevice(BLOCKED_USER, limited(AccountStatus.ACTIVE))).isEqualTo(new LoginDecision.Denied(LoginDenial.USER_BLOCKED));
        assertThat(decide(Optional.of(BLOCKED_USER), Optional.empty(), Optional.empty(), true, false))
                .isEqualTo(new LoginDecision.Denied(LoginDenial.USER_BLOCKED));
    }

    @Test
    void aUserWithoutAnAccountIsDenied() {
        assertThat(decide(Optional.of(ACTIVE_USER), Optional.empty(), Optional.empty(), true, false))
                .isEqualTo(new LoginDecision.Denied(LoginDenial.ACCOUNT_MISSING));
    }

    @Test
    void aClosedAccountIsDeniedEvenWhenStepUpWouldBeDue() {
        assertThat(decide(Optional.of(ACTIVE_USER), Optional.of(full(AccountStatus.CLOSED)), Optional.empty(), false, true))
                .isEqualTo(new LoginDecision.Denied(LoginDenial.ACCOUNT_CLOSED));
    }

    @Test
    void aFrozenAccountAuthenticatesWithReadOnlyScopes() {
        assertThat(decideKnownDevice(ACTIVE_USER, limited(AccountStatus.FROZEN)))
                .isEqualTo(new LoginDecision.Authenticated(ACTIVE_USER, Tier.LIMITED,
                        Set.of(Scope.PROFILE_READ, Scope.BALANCE_READ, Scope.SESSION_MANAGE)));
    }

    @Test
    void aFullAccountNeedsStepUp() {
        assertThat(decideKnownDevice(ACTIVE_USER, full(AccountStatus.ACTIVE)))
                .isEqualTo(new LoginDecision.StepUpRequired(ACTIVE_USER, Tier.FULL, Set.of(StepUpReason.FULL_TIER)));
    }

    @Test
    void aNewDeviceWithRecentFailuresNeedsStepUpForBothReasons() {
        assertThat(decide(Optional.of(ACTIVE_USER), Optional.of(limited(AccountStatus.ACTIVE)), Optional.empty(), false, true))
                .isEqualTo(new LoginDecision.StepUpRequired(ACTIVE_USER, Tier.LIMITED,
                        Set.of(StepUpReason.NEW_DEVICE, StepUpReason.RECENT_FAILURES)));
    }

    @Test
    void aLimitedAccountOnAKnownDeviceAuthenticatesWithLimitedScopes() {
        assertThat(decideKnownDevice(ACTIVE_USER, limited(AccountStatus.ACTIVE)))
                .isEqualTo(new LoginDecision.Authenticated(ACTIVE_USER, Tier.LIMITED, TIERS.scopes(Tier.LIMITED)));
    }

    @Test
    void scopesFollowTierAndStatusAndNoAccountHasNone() {
        assertThat(POLICY.scopesFor(Optional.of(full(AccountStatus.ACTIVE)))).contains(Scope.TRANSFER_CREATE);
        assertThat(POLICY.scopesFor(Optional.of(full(AccountStatus.FROZEN)))).doesNotContain(Scope.TRANSFER_CREATE)
                .containsExactlyInAnyOrderElementsOf(TIERS.frozenScopes());
        assertThat(POLICY.scopesFor(Optional.empty())).isEmpty();
        assertThat(POLICY.scopesFor(Optional.of(full(AccountStatus.CLOSED)))).as("a closed account's session gets nothing").isEmpty();
    }

    @Test
    void aDormantAccountOnANewDeviceStepsUpByPasswordAndMayBeReleased() {
        LoginDecision decision = POLICY.decide(new LoginFacts(Optional.of(ACTIVE_USER), Optional.of(limited(AccountStatus.ACTIVE)),
                Optional.empty(), false, false, new PhoneSignals(true, SimSwapRisk.NONE)));

        assertThat(decision).isInstanceOfSatisfying(LoginDecision.StepUpRequired.class, s -> {
            assertThat(s.reasons()).containsExactlyInAnyOrder(StepUpReason.NEW_DEVICE, StepUpReason.NUMBER_MAY_BE_RECYCLED);
            assertThat(s.passwordOnly()).isTrue();
            assertThat(s.releasable()).isTrue();
        });
    }

    @Test
    void aDormantAccountOnAKnownDeviceStepsUpByPasswordButIsNotReleasable() {
        LoginDecision decision = POLICY.decide(new LoginFacts(Optional.of(ACTIVE_USER), Optional.of(limited(AccountStatus.ACTIVE)),
                Optional.empty(), true, false, new PhoneSignals(true, SimSwapRisk.NONE)));

        assertThat(decision).isInstanceOfSatisfying(LoginDecision.StepUpRequired.class, s -> {
            assertThat(s.reasons()).containsExactly(StepUpReason.DORMANT_ACCOUNT);
            assertThat(s.passwordOnly()).isTrue();
            assertThat(s.releasable()).isFalse();
        });
    }

    @Test
    void aRecentSimSwapOrNoAnswerAboutOneAsksForThePasswordEvenOnAKnownDevice() {
        for (SimSwapRisk risk : List.of(SimSwapRisk.RECENT_SWAP, SimSwapRisk.UNKNOWN)) {
            LoginDecision decision = POLICY.decide(new LoginFacts(Optional.of(ACTIVE_USER), Optional.of(limited(AccountStatus.ACTIVE)),
                    Optional.empty(), true, false, new PhoneSignals(false, risk)));

            assertThat(decision).isInstanceOfSatisfying(LoginDecision.StepUpRequired.class, s -> {
                assertThat(s.reasons()).containsExactly(risk == SimSwapRisk.RECENT_SWAP ? StepUpReason.SIM_SWAP : StepUpReason.SIM_SWAP_UNKNOWN);
                assertThat(s.passwordOnly()).isTrue();
                assertThat(s.releasable()).isFalse();
            });
        }
    }

    @Test
    void theOrdinaryReasonsLeaveThePinAllowed() {
        LoginDecision decision = POLICY.decide(new LoginFacts(Optional.of(ACTIVE_USER), Optional.of(full(AccountStatus.ACTIVE)),
                Optional.empty(), false, true, PhoneSignals.none()));

        assertThat(decision).isInstanceOfSatisfying(LoginDecision.StepUpRequired.class, s -> {
            assertThat(s.passwordOnly()).isFalse();
            assertThat(s.releasable()).isFalse();
        });
    }

    @Test
    void aUserWhoReleasedItsNumberIsDenied() {
        User released = new User.PhoneReleased(ACTIVE_USER.facts(), NOW);

        assertThat(decideKnownDevice(released, limited(AccountStatus.ACTIVE))).isEqualTo(new LoginDecision.Denied(LoginDenial.USER_BLOCKED));
    }
}
