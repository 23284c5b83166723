package io.finguard.domain.txauth;

import static io.finguard.domain.model.TransitionVariants.assertVariantSaysWhetherStateChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import io.finguard.domain.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state x every event, before and after expiry: the one table of the authorisation machine. A row says the
 * variant (moved, stayed, rejected, refused), the state after, and the rejection.
 */
class AuthorizationTransitionTableTest {
    static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    static final Instant LIVE = T0.plusSeconds(60);
    static final Instant LATE = T0.plus(Duration.ofMinutes(5));
    static final UserId PAYER = UserId.of(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    static final AccountId PAYEE = AccountId.of(UUID.fromString("00000000-0000-4000-8000-0000000000b1"));
    static final Money AMOUNT = Money.of(2000, "EUR");
    static final PaymentDigest DIGEST = PaymentDigest.of(PAYER, PAYEE, AMOUNT, "key-1");
    static final PaymentDigest OTHER = PaymentDigest.of(PAYER, PAYEE, Money.of(2001, "EUR"), "key-1");
    static final AuthorizationFacts FACTS = new AuthorizationFacts(AuthorizationId.of(UUID.randomUUID()), PAYER, PAYEE,
            "+49 *** ** 12", AMOUNT, DIGEST, T0, LATE);

    static final Authorization PENDING = Authorization.create(FACTS);
    static final Authorization LAST_TRY = new Authorization.Pending(FACTS, Authorization.MAX_FAILURES - 1);
    static final Authorization CONFIRMED = new Authorization.Confirmed(FACTS, AuthMethod.PIN, T0.plusSeconds(10));
    static final Authorization USED = new Authorization.Used(FACTS, AuthMethod.PIN, T0.plusSeconds(20));
    static final Authorization EXPIRED = new Authorization.Expired(FACTS, LATE);
    static final Authorization FAILED = new Authorization.Failed(FACTS, T0.plusSeconds(30));

    enum Kind {
        CONFIRM(at -> new AuthorizationEvent.Confirm(at, AuthMethod.PIN)),
        WRONG(AuthorizationEvent.WrongFactor::new),
        USE(at -> new AuthorizationEvent.Use(at, DIGEST)),
        USE_OTHER(at -> new AuthorizationEvent.Use(at, OTHER)),
        TICK(AuthorizationEvent.Tick::new);

        final Function<Instant, AuthorizationEvent> event;

        Kind(Function<Instant, AuthorizationEvent> event) {
            this.event = event;
        }
    }

    enum Variant { MOVED, STAYED, REJECTED, REFUSED }

    static Arguments row(Authorization from, Kind kind, Instant at, Variant variant, AuthorizationStatus to, Rejection why) {
        return Arguments.of(from, kind, at, variant, to, why);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row(PENDING, Kind.CONFIRM, LIVE, Variant.MOVED, AuthorizationStatus.CONFIRMED, null),
                row(PENDING, Kind.WRONG, LIVE, Variant.MOVED, AuthorizationStatus.PENDING, null),
                row(LAST_TRY, Kind.WRONG, LIVE, Variant.REFUSED, AuthorizationStatus.FAILED, Rejection.AUTHORIZATION_FAILED),
                row(PENDING, Kind.USE, LIVE, Variant.REJECTED, AuthorizationStatus.PENDING, Rejection.AUTHORIZATION_NOT_CONFIRMED),
                row(PENDING, Kind.USE_OTHER, LIVE, Variant.REJECTED, AuthorizationStatus.PENDING, Rejection.AUTHORIZATION_NOT_CONFIRMED),
                row(PENDING, Kind.TICK, LIVE, Variant.STAYED, AuthorizationStatus.PENDING, null),
                row(PENDING, Kind.CONFIRM, LATE, Variant.REFUSED, AuthorizationStatus.EXPIRED, Rejection.AUTHORIZATION_EXPIRED),
                row(PENDING, Kind.WRONG, LATE, Variant.REFUSED, AuthorizationStatus.EXPIRED, Rejection.AUTHORIZATION_EXPIRED),
                row(PENDING, Kind.USE, LATE, Variant.REFUSED, AuthorizationStatus.EXPIRED, Rejection.AUTHORIZATION_EXPIRED),
                row(PENDING, Kind.TICK, LATE, Variant.MOVED, AuthorizationStatus.EXPIRED, null),
                row(CONFIRMED, Kind.CONFIRM, LIVE, Variant.REJECTED, AuthorizationStatus.CONFIRMED, Rejection.INVALID_STATE),
                row(CONFIRMED, Kind.WRONG, LIVE, Variant.REJECTED, AuthorizationStatus.CONFIRMED, Rejection.INVALID_STATE),
                row(CONFIRMED, Kind.USE, LIVE, Variant.MOVED, AuthorizationStatus.USED, null),
                row(CONFIRMED, Kind.USE_OTHER, LIVE, Variant.REFUSED, AuthorizationStatus.FAILED, Rejection.AUTHORIZATION_MISMATCH),
                row(CONFIRMED, Kind.TICK, LIVE, Variant.STAYED, AuthorizationStatus.CONFIRMED, null),
                row(CONFIRMED, Kind.USE, LATE, Variant.REFUSED, AuthorizationStatus.EXPIRED, Rejection.AUTHORIZATION_EXPIRED),
                row(CONFIRMED, Kind.TICK, LATE, Variant.MOVED, AuthorizationStatus.EXPIRED, null),
                row(USED, Kind.CONFIRM, LIVE, Variant.REJECTED, AuthorizationStatus.USED, Rejection.AUTHORIZATION_USED),
                row(USED, Kind.WRONG, LIVE, Variant.REJECTED, AuthorizationStatus.USED, Rejection.AUTHORIZATION_USED),
                row(USED, Kind.USE, LIVE, Variant.REJECTED, AuthorizationStatus.USED, Rejection.AUTHORIZATION_USED),
                row(USED, Kind.USE_OTHER, LATE, Variant.REJECTED, AuthorizationStatus.USED, Rejection.AUTHORIZATION_USED),
                row(USED, Kind.TICK, LATE, Variant.STAYED, AuthorizationStatus.USED, null),
                row(EXPIRED, Kind.CONFIRM, LATE, Variant.REJECTED, AuthorizationStatus.EXPIRED, Rejection.AUTHORIZATION_EXPIRED),
                row(EXPIRED, Kind.USE, LATE, Variant.REJECTED, AuthorizationStatus.EXPIRED, Rejection.AUTHORIZATION_EXPIRED),
                row(EXPIRED, Kind.WRONG, LATE, Variant.REJECTED, AuthorizationStatus.EXPIRED, Rejection.AUTHORIZATION_EXPIRED),
                row(EXPIRED, Kind.TICK, LATE, Variant.STAYED, AuthorizationStatus.EXPIRED, null),
                row(FAILED, Kind.CONFIRM, LIVE, Variant.REJECTED, AuthorizationStatus.FAILED, Rejection.AUTHORIZATION_FAILED),
                row(FAILED, Kind.WRONG, LIVE, Variant.REJECTED, AuthorizationStatus.FAILED, Rejection.AUTHORIZATION_FAILED),
                row(FAILED, Kind.USE, LIVE, Variant.REJECTED, AuthorizationStatus.FAILED, Rejection.AUTHORIZATION_FAILED),
                row(FAILED, Kind.TICK, LATE, Variant.STAYED, AuthorizationStatus.FAILED, null));
    }

    @ParameterizedTest(name = "{0} + {1} at {2} -> {3} {4} {5}")
    @MethodSource("table")
    void transition(Authorization from, Kind kind, Instant at, Variant variant, AuthorizationStatus to, Rejection why) {
        Transition<Authorization> t = from.on(kind.event.apply(at));

        assertThat(Variant.valueOf(t.getClass().getSimpleName().toUpperCase())).isEqualTo(variant);
        assertThat(t.state().status()).isEqualTo(to);
        assertThat(t.state().facts()).isEqualTo(FACTS);
        if (t instanceof Transition.Declined<Authorization> declined) {
            assertThat(declined.reason()).isEqualTo(why);
        } else {
            assertThat(why).isNull();
        }
        assertVariantSaysWhetherStateChanged(from, t);
    }

    @Test
    void aWrongFactorCountsUpToTheFifth() {
        Authorization state = PENDING;
        for (int i = 1; i < Authorization.MAX_FAILURES; i++) {
            state = state.on(new AuthorizationEvent.WrongFactor(LIVE)).state();
            assertThat(((Authorization.Pending) state).failures()).isEqualTo(i);
        }
        assertThat(state.on(new AuthorizationEvent.WrongFactor(LIVE)).state()).isInstanceOf(Authorization.Failed.class);
    }
}
