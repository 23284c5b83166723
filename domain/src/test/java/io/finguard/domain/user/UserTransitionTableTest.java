package io.finguard.domain.user;

import static io.finguard.domain.model.SealedCoverage.missing;
import static io.finguard.domain.model.SealedCoverage.permitted;
import static io.finguard.domain.model.SealedCoverage.product;
import static io.finguard.domain.model.TransitionVariants.assertVariantSaysWhetherStateChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import io.finguard.domain.model.UserId;
import io.finguard.domain.model.UserStatus;
import io.finguard.domain.signup.Address;
import io.finguard.domain.signup.Credentials;
import io.finguard.domain.signup.Profile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ACTIVE and BLOCKED x every user event. A credential change moves credentialsChangedAt (sessions
 * must go); a rehash keeps it (same secrets, sessions stay). A change of number moves the phone and starts the
 * cooling-off (phoneChangedAt) and keeps the credentials. A blocked user changes nothing. Only an active user may
 * release its number (PHONE_RELEASED), and a released user refuses everything (kept for the operator).
 */
class UserTransitionTableTest {
    static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant CHANGED = CREATED.plusSeconds(86_400);
    static final Instant AT = CREATED.plusSeconds(10 * 86_400);
    static final Credentials OLD = new Credentials(new HashedSecret("$argon2id$v=19$m=4096$pw"), new HashedSecret("$argon2id$pin"));
    static final Credentials NEW = new Credentials(new HashedSecret("$argon2id$v=19$m=19456$pw"), new HashedSecret("$argon2id$pin2"));
    static final PhoneNumber NEW_PHONE = PhoneNumber.of("+4915199998888");
    static final UserFacts FACTS = new UserFacts(UserId.of(UUID.fromString("00000000-0000-4000-8000-0000000000b1")),
            PhoneNumber.of("+4915123456789"),
            new Profile("Ada", "Lovelace", Optional.of(LocalDate.of(1990, 12, 10)), new Address("1 Main St", "", "Berlin", "10115", "DE")),
            OLD, CREATED, CHANGED, 5);

    enum Kind {
        BLOCK(at -> new UserEvent.Block("fraud_suspected", at)),
        UNBLOCK(UserEvent.Unblock::new),
        CHANGE_CREDENTIALS(at -> new UserEvent.ChangeCredentials(NEW, at)),
        REHASH(at -> new UserEvent.Rehash(NEW, at)),
        CHANGE_PHONE(at -> new UserEvent.ChangePhone(NEW_PHONE, at)),
        RELEASE_PHONE(UserEvent.ReleasePhone::new);

        final Function<Instant, UserEvent> event;

        Kind(Function<Instant, UserEvent> event) {
            this.event = event;
        }
    }

    record Row(User from, Kind kind, Transition<User> expected) {
        @Override
        public String toString() {
            return from.status() + " x " + kind;
        }
    }

    static final User.Active ACTIVE = new User.Active(FACTS);
    static final User.Blocked BLOCKED = new User.Blocked(FACTS, "chargebacks", CHANGED.plusSeconds(60));
    static final User.PhoneReleased RELEASED = new User.PhoneReleased(FACTS, CHANGED.plusSeconds(120));

    static List<Row> table() {
        return List.of(
                new Row(ACTIVE, Kind.BLOCK, Transition.moved(new User.Blocked(FACTS, "fraud_suspected", AT))),
                new Row(ACTIVE, Kind.UNBLOCK, Transition.rejected(ACTIVE, Rejection.INVALID_STATE)),
                new Row(ACTIVE, Kind.CHANGE_CREDENTIALS, Transition.moved(new User.Active(
                        new UserFacts(FACTS.id(), FACTS.phone(), FACTS.profile(), NEW, CREATED, AT, 5)))),
                new Row(ACTIVE, Kind.REHASH, Transition.moved(new User.Active(
                        new UserFacts(FACTS.id(), FACTS.phone(), FACTS.profile(), NEW, CREATED, CHANGED, 5)))),
                new Row(ACTIVE, Kind.CHANGE_PHONE, Transition.moved(new User.Active(new UserFacts(FACTS.id(), NEW_PHONE,
                        FACTS.profile(), OLD, CREATED, CHANGED, 5, Optional.of(AT))))),
                new Row(BLOCKED, Kind.CHANGE_PHONE, Transition.rejected(BLOCKED, Rejection.USER_BLOCKED)),
                new Row(BLOCKED, Kind.BLOCK, Transition.rejected(BLOCKED, Rejection.USER_BLOCKED)),
                new Row(BLOCKED, Kind.UNBLOCK, Transition.moved(new User.Active(FACTS))),
                new Row(BLOCKED, Kind.CHANGE_CREDENTIALS, Transition.rejected(BLOCKED, Rejection.USER_BLOCKED)),
                new Row(BLOCKED, Kind.REHASH, Transition.rejected(BLOCKED, Rejection.USER_BLOCKED)),
                new Row(ACTIVE, Kind.RELEASE_PHONE, Transition.moved(new User.PhoneReleased(FACTS, AT))),
                new Row(BLOCKED, Kind.RELEASE_PHONE, Transition.rejected(BLOCKED, Rejection.USER_BLOCKED)),
                new Row(RELEASED, Kind.BLOCK, Transition.rejected(RELEASED, Rejection.INVALID_STATE)),
                new Row(RELEASED, Kind.UNBLOCK, Transition.rejected(RELEASED, Rejection.INVALID_STATE)),
                new Row(RELEASED, Kind.CHANGE_CREDENTIALS, Transition.rejected(RELEASED, Rejection.INVALID_STATE)),
                new Row(RELEASED, Kind.REHASH, Transition.rejected(RELEASED, Rejection.INVALID_STATE)),
                new Row(RELEASED, Kind.CHANGE_PHONE, Transition.rejected(RELEASED, Rejection.INVALID_STATE)),
                new Row(RELEASED, Kind.RELEASE_PHONE, Transition.rejected(RELEASED, Rejection.INVALID_STATE)));
    }

    @ParameterizedTest
    @MethodSource("table")
    void transition(Row row) {
        Transition<User> actual = row.from().on(row.kind().event.apply(AT));

        assertThat(actual).isEqualTo(row.expected());
        assertVariantSaysWhetherStateChanged(row.from(), actual);
        assertThat(actual.state().status()).isEqualTo(row.expected().state().status());
    }

    @Test
    void tableCoversEveryStateTimesEveryEvent() {
        var required = product(permitted(User.class), Arrays.asList(Kind.values()));

        assertThat(missing(required, table().stream().map(r -> List.<Object>of(r.from().getClass(), r.kind())).toList())).isEmpty();
    }

    @Test
    void eventKindsCoverEveryEventType() {
        Set<Class<?>> events = Arrays.stream(Kind.values()).map(k -> k.event.apply(AT).getClass()).collect(Collectors.toSet());

        assertThat(events).containsExactlyInAnyOrderElementsOf(permitted(UserEvent.class));
    }

    @Test
    void statusFollowsTheStateTypeAndANewUserIsActive() {
        assertThat(User.create(FACTS)).isEqualTo(ACTIVE);
        assertThat(ACTIVE.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(BLOCKED.status()).isEqualTo(UserStatus.BLOCKED);
        assertThat(BLOCKED.id()).isEqualTo(FACTS.id());
        assertThat(RELEASED.status()).isEqualTo(UserStatus.PHONE_RELEASED);
    }
}
