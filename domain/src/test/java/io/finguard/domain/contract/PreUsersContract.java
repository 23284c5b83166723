package io.finguard.domain.contract;

import io.finguard.domain.retention.EndedKind;
import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static io.finguard.domain.fixtures.Samples.converted;
import static io.finguard.domain.fixtures.Samples.created;
import static io.finguard.domain.fixtures.Samples.credentialsSet;
import static io.finguard.domain.fixtures.Samples.expiredSignup;
import static io.finguard.domain.fixtures.Samples.profileCompleted;
import static io.finguard.domain.fixtures.Samples.rejected;
import static io.finguard.domain.fixtures.Samples.underReview;
import static io.finguard.domain.fixtures.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.out.ConcurrentUpdateException;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.user.User;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link PreUsers} store does: round trips of every state, one live signup per phone, versions, purge. */
public abstract class PreUsersContract extends PersistenceContract {

    private PreUsers preUsers() {
        return ports.preUsers();
    }

    static Stream<Integer> everyState() {
        return IntStream.range(0, Samples.signupInEveryState(T0).size()).boxed();
    }

    @ParameterizedTest(name = "state #{0}")
    @MethodSource("everyState")
    void everyStateComesBackWithAllItsFields(int index) {
        PreUser signup = Samples.signupInEveryState(T0).get(index);
        runInTx(() -> preUsers().add(signup));

        assertThat(inTx(() -> preUsers().lock(signup.facts().id()))).contains(signup);
    }

    @Test
    void theLiveSignupOfAPhoneIsFoundButNotAConvertedOrExpiredOne() {
        PreUser live = credentialsSet(phone(), T0);
        PreUser done = converted(phone(), T0);
        PreUser lapsed = expiredSignup(phone(), T0);
        runInTx(() -> List.of(live, done, lapsed).forEach(preUsers()::add));

        assertThat(inTx(() -> preUsers().lockLiveByPhone(live.facts().phone()))).contains(live);
        assertThat(inTx(() -> preUsers().lockLiveByPhone(done.facts().phone()))).isEmpty();
        assertThat(inTx(() -> preUsers().lockLiveByPhone(lapsed.facts().phone()))).isEmpty();
        assertThat(inTx(() -> preUsers().lockLiveByPhone(phone()))).isEmpty();
        assertThat(inTx(() -> preUsers().lock(SampleValues.preUserId()))).isEmpty();
    }

    @Test
    void aSecondLiveSignupForOnePhoneIsRefused() {
        PhoneNumber phone = phone();
        PreUser first = created(phone, T0);
        runInTx(() -> preUsers().add(first));

        assertThatThrownBy(() -> runInTx(() -> preUsers().add(created(phone, T0.plusSeconds(5)))))
                .isInstanceOf(DuplicateException.class);
        assertThat(inTx(() -> preUsers().lockLiveByPhone(phone))).contains(first);
    }

    @Test
    void aRejectedSignupStillHoldsItsPhone() {
        PhoneNumber phone = phone();
        runInTx(() -> preUsers().add(rejected(phone, T0)));

        assertThatThrownBy(() -> runInTx(() -> preUsers().add(created(phone, T0.plusSeconds(5)))))
                .isInstanceOf(DuplicateException.class);
    }

    @Test
    void aPhoneWhoseSignupExpiredCanStartAgain() {
        PhoneNumber phone = phone();
        PreUser first = created(phone, T0);
        PreUser again = created(phone, T0.plus(Samples.SIGNUP_TTL).plusSeconds(1));
        runInTx(() -> preUsers().add(first));
        runInTx(() -> preUsers().update(new PreUser.Expired(first.facts(), first.version())));

        runInTx(() -> preUsers().add(again));

        assertThat(inTx(() -> preUsers().lockLiveByPhone(phone))).contains(again);
    }

    @Test
    void aPhoneThatBelongsToAUserCannotStartASignup() {
        PhoneNumber phone = phone();
        runInTx(() -> ports.users().add(user(phone, T0)));

        assertThatThrownBy(() -> runInTx(() -> preUsers().add(created(phone, T0.plusSeconds(5)))))
                .isInstanceOf(DuplicateException.class);
        assertThat(inTx(() -> preUsers().lockLiveByPhone(phone))).isEmpty();
    }

    @Test
    void conversionWritesTheConvertedSignupAndTheNewUserInOneTransaction() {
        PhoneNumber phone = phone();
        PreUser.ProfileCompleted ready = profileCompleted(phone, T0, SampleValues.profile());
        runInTx(() -> preUsers().add(ready));
        User newUser = user(phone, T0.plusSeconds(60));

        runInTx(() -> {
            preUsers().update(new PreUser.Converted(ready.facts(), ready.version(), ready.credentials(), ready.profile(),
                    newUser.id(), T0.plusSeconds(60)));
            ports.users().add(newUser);
        });

        assertThat(inTx(() -> preUsers().lockLiveByPhone(phone))).isEmpty();
        assertThat(inTx(() -> ports.users().findByPhone(phone))).contains(newUser);
        assertThat(inTx(() -> preUsers().lock(ready.facts().id()))).get().isInstanceOf(PreUser.Converted.class);
    }

    @Test
    void eachStepIsStoredWithTheNextVersion() {
        PreUser.Created s1 = created(phone(), T0);
        PreUser.CredentialsSet s2 = new PreUser.CredentialsSet(s1.facts(), 0, SampleValues.credentials(), SampleValues.pinTag());
        PreUser.ProfileCompleted s3 = new PreUser.ProfileCompleted(s1.facts(), 1, s2.credentials(), s2.pinTag(),
                SampleValues.profile());
        runInTx(() -> preUsers().add(s1));

        runInTx(() -> preUsers().update(s2));
        runInTx(() -> preUsers().update(s3));

        assertThat(inTx(() -> preUsers().lock(s1.facts().id())))
                .contains(new PreUser.ProfileCompleted(s1.facts(), 2, s2.credentials(), s2.pinTag(), s3.profile()));
    }

    @Test
    void anUpdateWithAStaleVersionOrOfAnUnknownSignupIsRefused() {
        PreUser.Created s1 = created(phone(), T0);
        runInTx(() -> preUsers().add(s1));
        runInTx(() -> preUsers().update(new PreUser.CredentialsSet(s1.facts(), 0, SampleValues.credentials(), SampleValues.pinTag())));

        assertThatThrownBy(() -> runInTx(() -> preUsers().update(new PreUser.CredentialsSet(s1.facts(), 0,
                SampleValues.credentials(), SampleValues.pinTag()))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> runInTx(() -> preUsers().update(created(phone(), T0))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> preUsers().lock(s1.facts().id()))).get().extracting(PreUser::version).isEqualTo(1L);
    }

    @Test
    void underReviewListsOnlySignupsWaitingForAnOperatorOldestFirst() {
        PreUser older = underReview(phone(), T0.minusSeconds(120));
        PreUser newer = underReview(phone(), T0.minusSeconds(60));
        PreUser other = profileCompleted(phone(), T0.minusSeconds(90), SampleValues.profile());
        runInTx(() -> List.of(newer, other, older).forEach(preUsers()::add));

        List<PreUser> waiting = inTx(() -> preUsers().underReview(10_000));

        assertThat(waiting).contains(older, newer).doesNotContain(other).allMatch(p -> p instanceof PreUser.UnderReview);
        assertThat(waiting).isSortedAccordingTo(Comparator.comparing((PreUser p) -> p.facts().createdAt()));
        assertThat(waiting.indexOf(older)).isLessThan(waiting.indexOf(newer));
        assertThat(inTx(() -> preUsers().underReview(1))).hasSize(1);
    }

    @Test
    void purgeDeletesLapsedUnfinishedExpiredAndConvertedSignupsAndKeepsTheRest() {
        Instant now = T0.plus(Samples.SIGNUP_TTL).plusSeconds(60);
        Instant recent = now.minusSeconds(3600);
        List<PreUser> gone = List.of(created(phone(), T0), credentialsSet(phone(), T0),
                profileCompleted(phone(), T0, SampleValues.profile()), expiredSignup(phone(), T0), converted(phone(), T0));
        List<PreUser> kept = List.of(created(phone(), recent), credentialsSet(phone(), recent),
                profileCompleted(phone(), recent, SampleValues.profile()), underReview(phone(), T0), rejected(phone(), T0));
        runInTx(() -> Stream.concat(gone.stream(), kept.stream()).forEach(preUsers()::add));

        int purged = purgeAllEnded(EndedKind.SIGNUPS, now);

        assertThat(purged).isGreaterThanOrEqualTo(gone.size());
        gone.forEach(p -> assertThat(inTx(() -> preUsers().lock(p.facts().id()))).as("purged %s", p.status()).isEmpty());
        kept.forEach(p -> assertThat(inTx(() -> preUsers().lock(p.facts().id()))).as("kept %s", p.status()).contains(p));
    }
}
