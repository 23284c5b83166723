package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static io.finguard.domain.fixtures.Samples.blockedUser;
import static io.finguard.domain.fixtures.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.out.ConcurrentUpdateException;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.signup.Credentials;
import io.finguard.domain.user.User;
import io.finguard.domain.user.UserEvent;
import io.finguard.domain.user.UserFacts;
import io.finguard.domain.fixtures.Samples;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Users} store does: round trips of every state, one user per phone (a user who released its number
 * no longer holds it), versions.
 */
public abstract class UsersContract extends PersistenceContract {

    private Users users() {
        return ports.users();
    }

    @Test
    void anActiveUserComesBackWithAllItsFieldsByIdPhoneAndLock() {
        User.Active user = user(phone(), T0);
        runInTx(() -> users().add(user));

        assertThat(inTx(() -> users().find(user.id()))).contains(user);
        assertThat(inTx(() -> users().findByPhone(user.facts().phone()))).contains(user);
        assertThat(inTx(() -> users().lock(user.id()))).contains(user);
    }

    @Test
    void aBlockedUserComesBackWithReasonAndInstant() {
        User.Blocked user = blockedUser(phone(), T0);
        runInTx(() -> users().add(user));

        assertThat(inTx(() -> users().lock(user.id()))).contains(user);
    }

    @Test
    void aUserWhoReleasedItsNumberIsKeptByIdButNoLongerFoundByTheNumber() {
        User.Active active = user(phone(), T0);
        runInTx(() -> users().add(active));

        runInTx(() -> users().update(new User.PhoneReleased(active.facts(), T0.plusSeconds(30))));

        User stored = inTx(() -> users().find(active.id())).orElseThrow();
        assertThat(stored).isInstanceOf(User.PhoneReleased.class);
        assertThat(((User.PhoneReleased) stored).releasedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(stored.facts().phone()).isEqualTo(active.facts().phone());
        assertThat(inTx(() -> users().findByPhone(active.facts().phone()))).isEmpty();
    }

    @Test
    void aReleasedNumberCanBeTakenByANewUserAndReleasedAgain() {
        PhoneNumber phone = phone();
        User.Active first = user(phone, T0);
        runInTx(() -> users().add(first));
        runInTx(() -> users().update(new User.PhoneReleased(first.facts(), T0.plusSeconds(1))));

        User.Active second = user(phone, T0.plusSeconds(2));
        runInTx(() -> users().add(second));
        assertThat(inTx(() -> users().findByPhone(phone))).contains(second);

        runInTx(() -> users().update(new User.PhoneReleased(second.facts(), T0.plusSeconds(3))));
        runInTx(() -> users().add(user(phone, T0.plusSeconds(4))));
        assertThat(inTx(() -> users().find(first.id()))).get().isInstanceOf(User.PhoneReleased.class);
    }

    @Test
    void unknownIdsAndPhonesFindNothing() {
        assertThat(inTx(() -> users().find(SampleValues.userId()))).isEmpty();
        assertThat(inTx(() -> users().lock(SampleValues.userId()))).isEmpty();
        assertThat(inTx(() -> users().findByPhone(phone()))).isEmpty();
    }

    @Test
    void aSecondUserWithTheSamePhoneIsRefused() {
        PhoneNumber phone = phone();
        User first = user(phone, T0);
        runInTx(() -> users().add(first));

        assertThatThrownBy(() -> runInTx(() -> users().add(user(phone, T0.plusSeconds(1)))))
                .isInstanceOf(DuplicateException.class);
        assertThat(inTx(() -> users().findByPhone(phone))).contains(first);
    }

    @Test
    void aSecondUserWithTheSameIdIsRefused() {
        User first = user(phone(), T0);
        UserFacts f = first.facts();
        User sameId = User.create(new UserFacts(f.id(), phone(), f.profile(), f.credentials(), T0, T0, 0));
        runInTx(() -> users().add(first));

        assertThatThrownBy(() -> runInTx(() -> users().add(sameId))).isInstanceOf(DuplicateException.class);
    }

    @Test
    void blockingAndUnblockingAreStoredWithTheNextVersions() {
        User.Active active = user(phone(), T0);
        runInTx(() -> users().add(active));

        runInTx(() -> users().update(new User.Blocked(active.facts(), "operator", T0.plusSeconds(10))));
        User blocked = inTx(() -> users().lock(active.id())).orElseThrow();
        runInTx(() -> users().update(new User.Active(blocked.facts())));

        User stored = inTx(() -> users().lock(active.id())).orElseThrow();
        assertThat(blocked).isInstanceOf(User.Blocked.class).extracting(u -> u.facts().version()).isEqualTo(1L);
        assertThat(stored).isInstanceOf(User.Active.class).extracting(u -> u.facts().version()).isEqualTo(2L);
        assertThat(stored.facts().phone()).isEqualTo(active.facts().phone());
    }

    @Test
    void lockingAgainInOneTransactionGivesTheStateItLastWroteOrRead() {
        User.Active active = user(phone(), T0);
        runInTx(() -> users().add(active));

        User[] seen = inTx(() -> {
            User first = users().lock(active.id()).orElseThrow();
            User again = users().lock(active.id()).orElseThrow();
            users().update(new User.Blocked(first.facts(), "operator", T0.plusSeconds(10)));
            User afterWrite = users().lock(active.id()).orElseThrow();
            users().update(new User.Active(afterWrite.facts()));
            return new User[] {first, again, afterWrite, users().lock(active.id()).orElseThrow()};
        });

        assertThat(seen[1]).isEqualTo(seen[0]);
        assertThat(seen[2]).isInstanceOf(User.Blocked.class).extracting(u -> u.facts().version()).isEqualTo(1L);
        assertThat(seen[3]).isInstanceOf(User.Active.class).extracting(u -> u.facts().version()).isEqualTo(2L);
        assertThat(inTx(() -> users().lock(active.id()))).contains(seen[3]);
    }

    @Test
    void aUserAddedAfterALockFoundNothingIsFoundByTheNextLock() {
        User.Active active = user(phone(), T0);

        User found = inTx(() -> {
            assertThat(users().lock(active.id())).isEmpty();
            users().add(active);
            return users().lock(active.id()).orElseThrow();
        });

        assertThat(found).isEqualTo(active);
    }

    @Test
    void newCredentialsAreStored() {
        User.Active active = user(phone(), T0);
        Credentials next = SampleValues.credentials();
        runInTx(() -> users().add(active));

        runInTx(() -> users().update(new User.Active(active.facts().withCredentials(next, T0.plusSeconds(99)))));

        UserFacts stored = inTx(() -> users().find(active.id())).orElseThrow().facts();
        assertThat(stored.credentials()).isEqualTo(next);
        assertThat(stored.credentialsChangedAt()).isEqualTo(T0.plusSeconds(99));
    }

    @Test
    void anUpdateWithAStaleVersionOrOfAnUnknownUserIsRefused() {
        User.Active active = user(phone(), T0);
        runInTx(() -> users().add(active));
        runInTx(() -> users().update(new User.Blocked(active.facts(), "first", T0.plusSeconds(1))));

        assertThatThrownBy(() -> runInTx(() -> users().update(new User.Blocked(active.facts(), "second", T0.plusSeconds(2)))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> runInTx(() -> users().update(user(phone(), T0))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> users().find(active.id()))).get()
                .isEqualTo(new User.Blocked(withVersion(active.facts(), 1), "first", T0.plusSeconds(1)));
    }

    private static UserFacts withVersion(UserFacts f, long version) {
        return new UserFacts(f.id(), f.phone(), f.profile(), f.credentials(), f.createdAt(), f.credentialsChangedAt(), version);
    }

    @Test
    void aUserMovesToAFreeNumberAndTheOldOneIsFreeAgain() {
        User.Active user = user(phone(), T0);
        PhoneNumber old = user.facts().phone();
        PhoneNumber next = phone();
        runInTx(() -> users().add(user));

        runInTx(() -> users().update(user.on(new UserEvent.ChangePhone(next, T0.plusSeconds(5))).state()));

        User moved = inTx(() -> users().findByPhone(next)).orElseThrow();
        assertThat(moved.id()).isEqualTo(user.id());
        assertThat(moved.facts().phoneChangedAt()).contains(T0.plusSeconds(5));
        assertThat(inTx(() -> users().findByPhone(old))).isEmpty();
        runInTx(() -> users().add(user(old, T0)));
    }

    @Test
    void aUserCannotMoveOntoAnotherUsersNumber() {
        User.Active mover = user(phone(), T0);
        User.Active holder = user(phone(), T0);
        runInTx(() -> {
            users().add(mover);
            users().add(holder);
        });

        assertThatThrownBy(() -> runInTx(() -> users().update(
                mover.on(new UserEvent.ChangePhone(holder.facts().phone(), T0.plusSeconds(5))).state())))
                .isInstanceOf(DuplicateException.class);
        assertThat(inTx(() -> users().find(mover.id()))).contains(mover);
    }

    @Test
    void aUserCannotMoveOntoTheNumberOfALiveSignup() {
        User.Active mover = user(phone(), T0);
        PhoneNumber signupPhone = phone();
        runInTx(() -> {
            users().add(mover);
            ports.preUsers().add(Samples.created(signupPhone, T0));
        });

        assertThatThrownBy(() -> runInTx(() -> users().update(
                mover.on(new UserEvent.ChangePhone(signupPhone, T0.plusSeconds(5))).state())))
                .isInstanceOf(DuplicateException.class);
        assertThat(inTx(() -> users().find(mover.id()))).contains(mover);
    }
}
