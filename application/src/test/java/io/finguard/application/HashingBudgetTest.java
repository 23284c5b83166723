package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.InMemorySecretHasher;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.policy.WeakSecret;
import io.finguard.domain.port.in.ChangeCredentials;
import io.finguard.domain.port.in.CompleteProfile;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.SetCredentials;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.signup.Address;
import io.finguard.domain.signup.Profile;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Slow hashing is a shared, bounded pool (security.md: every route that hashes is limited per subject and per client
 * network; one request hashes at most twice). The profile step needs no slow hash at all, and a signup that repeats
 * its credentials step hashes only until its limit, so one ticket cannot starve everyone else's logins.
 */
class HashingBudgetTest {
    private static final String PHONE = "+4915112345678";
    private static final String OTHER_PHONE = "+4915187654321";
    private static final int FLOOD = 30;
    private static final ClientAddress CLIENT = new ClientAddress("203.0.113.7");
    private static final int SUBJECT_LIMIT = RateLimits.defaults().hashingPerSubject().max();
    private static final int CLIENT_LIMIT = RateLimits.defaults().hashingPerClient().max();

    private final Harness h = new Harness();
    private final WatchedHasher hasher = new WatchedHasher(new InMemorySecretHasher());

    @Test
    void completingTheProfileRunsNoSlowHash() {
        h.useHasher(hasher);
        PreUserId signup = signupWithCredentials(PHONE, Harness.PIN);
        int before = hasher.slowHashes();

        assertThat(h.app.completeProfile().complete(new CompleteProfile.Command(signup, Harness.adultProfile(), CLIENT)))
                .isInstanceOf(CompleteProfile.Result.Saved.class);
        assertThat(h.app.completeProfile().complete(new CompleteProfile.Command(signup, Harness.adultProfile(), CLIENT)))
                .isInstanceOf(CompleteProfile.Result.Saved.class);

        assertThat(hasher.slowHashes() - before).isZero();
    }

    @Test
    void aPinMadeOfTheBirthDateIsStillRefusedAtTheProfileStepWithoutASlowHash() {
        h.useHasher(hasher);
        // Dates of 1930-2029 are refused when the PIN is chosen (PinPolicy); an earlier birth date is left to this step.
        PreUserId signup = signupWithCredentials(PHONE, "192505");
        int before = hasher.slowHashes();
        Profile bornEarly = new Profile("Ada", "Lovelace", Optional.of(LocalDate.of(1925, 5, 17)),
                new Address("1 Way", "", "London", "N1", "GB"));

        assertThat(h.app.completeProfile().complete(new CompleteProfile.Command(signup, bornEarly, CLIENT)))
                .isEqualTo(new CompleteProfile.Result.WeakPin(WeakSecret.PIN_FROM_BIRTH_DATE));
        assertThat(hasher.slowHashes() - before).isZero();
    }

    @Test
    void aSignupRepeatingItsCredentialsStepHashesOnlyUntilItsLimit() {
        h.useHasher(hasher);
        PreUserId signup = signupWithCredentials(PHONE, Harness.PIN);

        List<SetCredentials.Result> flood = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            flood.add(h.app.setCredentials().set(credentials(signup, Harness.PIN)));
        }

        assertThat(hasher.slowHashes()).as("slow hashes for %d + 1 credentials requests", FLOOD).isLessThanOrEqualTo(2 * SUBJECT_LIMIT);
        assertThat(flood.subList(0, SUBJECT_LIMIT - 1)).allSatisfy(r -> assertThat(r).isInstanceOf(SetCredentials.Result.Saved.class));
        assertThat(flood.subList(SUBJECT_LIMIT - 1, FLOOD)).allSatisfy(r -> assertThat(r)
                .isInstanceOfSatisfying(SetCredentials.Result.Throttled.class, t -> {
                    assertThat(t.limit()).isEqualTo(Limit.HASHING_SUBJECT);
                    assertThat(t.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10));
                }));
    }

    @Test
    void oneClientNetworkHashingForManySignupsIsLimitedAcrossThem() {
        h.useHasher(hasher);
        ClientAddress network = new ClientAddress("198.51.100.77");
        int perSignup = SUBJECT_LIMIT - 2;
        List<SetCredentials.Result> results = new ArrayList<>();
        for (int n = 0; n <= CLIENT_LIMIT / perSignup; n++) {
            PreUserId signup = h.signupId((LoginResult.OnboardingRequired) h.enter(String.format("+491517%07d", n), "phone-1"));
            for (int i = 0; i < perSignup; i++) {
                results.add(h.app.setCredentials().set(new SetCredentials.Command(signup, Harness.PASSWORD, Harness.PIN, network)));
            }
        }

        assertThat(results).hasSizeGreaterThan(CLIENT_LIMIT);
        assertThat(results.subList(0, CLIENT_LIMIT)).allSatisfy(r -> assertThat(r).isInstanceOf(SetCredentials.Result.Saved.class));
        assertThat(results.subList(CLIENT_LIMIT, results.size())).allSatisfy(r -> assertThat(r)
                .isInstanceOfSatisfying(SetCredentials.Result.Throttled.class, t -> assertThat(t.limit()).isEqualTo(Limit.HASHING_CLIENT)));
        assertThat(hasher.hashes()).isEqualTo(2 * CLIENT_LIMIT);
        assertThat(hasher.admissions()).as("password and PIN wait for one hashing slot per request").isEqualTo(CLIENT_LIMIT);
    }

    @Test
    void aUsersStepUpsAndCredentialChangesShareTheUsersLimitWhateverTheClient() {
        h.useHasher(hasher);
        LoginResult.Authenticated current = h.signUp(OTHER_PHONE, "phone-2");
        int before = hasher.verifications();
        for (int i = 0; i < SUBJECT_LIMIT; i++) {
            AccessClaims claims = h.claims(current.tokens());
            StepUp.Result steppedUp = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(claims.subject(),
                    claims.session()), AuthMethod.PIN, Harness.PIN, new ClientAddress("198.51.100." + i)));
            current = ((StepUp.Result.SteppedUp) steppedUp).login();
        }

        ChangeCredentials.Result change = h.app.changeCredentials().change(new ChangeCredentials.Command(h.claims(current.tokens()),
                Optional.empty(), Optional.of("284619"), new ClientAddress("198.51.100.99")));

        assertThat(change).isInstanceOfSatisfying(ChangeCredentials.Result.Throttled.class,
                t -> assertThat(t.limit()).isEqualTo(Limit.HASHING_SUBJECT));
        assertThat(hasher.verifications() - before).isEqualTo(SUBJECT_LIMIT);
        assertThat(hasher.hashes()).as("no new hash for the refused change").isEqualTo(2);
    }

    @Test
    void aFloodFromOneSignupTicketLeavesAnotherUsersStepUpWorking() {
        h.useHasher(hasher);
        AccessClaims other = h.claims(h.signUp(OTHER_PHONE, "phone-2").tokens());
        PreUserId flooder = signupWithCredentials(PHONE, Harness.PIN);
        int before = hasher.slowHashes();

        for (int i = 0; i < FLOOD; i++) {
            h.app.setCredentials().set(credentials(flooder, Harness.PIN));
            h.app.completeProfile().complete(new CompleteProfile.Command(flooder, Harness.adultProfile(), CLIENT));
        }
        StepUp.Result otherStepUp = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(other.subject(),
                other.session()), AuthMethod.PIN, Harness.PIN, new ClientAddress("198.51.100.20")));

        assertThat(otherStepUp).isInstanceOf(StepUp.Result.SteppedUp.class);
        assertThat(hasher.slowHashes() - before).as("slow hashes of the flood and the step-up")
                .isLessThanOrEqualTo(2 * SUBJECT_LIMIT + 1);
    }

    private PreUserId signupWithCredentials(String phone, String pin) {
        PreUserId signup = h.signupId((LoginResult.OnboardingRequired) h.enter(phone, "phone-1"));
        assertThat(h.app.setCredentials().set(credentials(signup, pin))).isInstanceOf(SetCredentials.Result.Saved.class);
        return signup;
    }

    private static SetCredentials.Command credentials(PreUserId signup, String pin) {
        return new SetCredentials.Command(signup, Harness.PASSWORD, pin, CLIENT);
    }
}
