package io.finguard.domain.user;

import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import io.finguard.domain.model.UserId;
import io.finguard.domain.model.UserStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * A person who finished signup: ACTIVE may authenticate, BLOCKED may not (until an operator unblocks), PHONE_RELEASED
 * gave up its number because the number was reassigned to someone else (data kept, no login by that number).
 */
public sealed interface User {

    UserFacts facts();

    UserStatus status();

    default UserId id() {
        return facts().id();
    }

    Transition<User> on(UserEvent event);

    static Active create(UserFacts facts) {
        return new Active(facts);
    }

    /** A user who may log in. */
    record Active(UserFacts facts) implements User {
        public Active {
            Objects.requireNonNull(facts, "facts");
        }

        @Override
        public UserStatus status() {
            return UserStatus.ACTIVE;
        }

        @Override
        public Transition<User> on(UserEvent event) {
            return switch (event) {
                case UserEvent.Block e -> Transition.moved(new Blocked(facts, e.reason(), e.at()));
                case UserEvent.Unblock e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case UserEvent.ChangeCredentials e -> Transition.moved(new Active(facts.withCredentials(e.credentials(), e.at())));
                case UserEvent.Rehash e -> Transition.moved(
                        new Active(facts.withCredentials(e.credentials(), facts.credentialsChangedAt())));
                case UserEvent.ChangePhone e -> Transition.moved(new Active(facts.withPhone(e.phone(), e.at())));
                case UserEvent.ReleasePhone e -> Transition.moved(new PhoneReleased(facts, e.at()));
            };
        }
    }

    /** A user an operator blocked: no login, no refresh, until unblocked. */
    record Blocked(UserFacts facts, String reason, Instant blockedAt) implements User {
        public Blocked {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(blockedAt, "blockedAt");
        }

        @Override
        public UserStatus status() {
            return UserStatus.BLOCKED;
        }

        @Override
        public Transition<User> on(UserEvent event) {
            return switch (event) {
                case UserEvent.Unblock e -> Transition.moved(new Active(facts));
                case UserEvent.Block e -> Transition.rejected(this, Rejection.USER_BLOCKED);
                case UserEvent.ChangeCredentials e -> Transition.rejected(this, Rejection.USER_BLOCKED);
                case UserEvent.Rehash e -> Transition.rejected(this, Rejection.USER_BLOCKED);
                case UserEvent.ChangePhone e -> Transition.rejected(this, Rejection.USER_BLOCKED);
                case UserEvent.ReleasePhone e -> Transition.rejected(this, Rejection.USER_BLOCKED);
            };
        }
    }

    /**
     * A dormant user whose number now belongs to someone else: kept for an operator, with the number it had
     * ({@code facts().phone()}), but no longer found by that number and refusing every event.
     */
    record PhoneReleased(UserFacts facts, Instant releasedAt) implements User {
        public PhoneReleased {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(releasedAt, "releasedAt");
        }

        @Override
        public UserStatus status() {
            return UserStatus.PHONE_RELEASED;
        }

        @Override
        public Transition<User> on(UserEvent event) {
            return switch (event) {
                case UserEvent.Block e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case UserEvent.Unblock e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case UserEvent.ChangeCredentials e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case UserEvent.Rehash e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case UserEvent.ChangePhone e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case UserEvent.ReleasePhone e -> Transition.rejected(this, Rejection.INVALID_STATE);
            };
        }
    }
}
