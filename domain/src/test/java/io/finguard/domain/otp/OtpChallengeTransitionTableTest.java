package io.finguard.domain.otp;

import static io.finguard.domain.model.SealedCoverage.missing;
import static io.finguard.domain.model.SealedCoverage.permitted;
import static io.finguard.domain.model.SealedCoverage.product;
import static io.finguard.domain.model.TransitionVariants.assertVariantSaysWhetherStateChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.CodeHash;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every OTP challenge state x every event, each offered before expiry, exactly at the expiry instant,
 * and after it. Only PENDING accepts events; expiry is checked before the event is considered.
 */
class OtpChallengeTransitionTableTest {
    static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant EXPIRES = ISSUED.plus(Duration.ofMinutes(5));
    static final ChallengeFacts FACTS = new ChallengeFacts(ChallengeId.of(UUID.fromString("00000000-0000-4000-8000-000000000001")),
            PhoneNumber.of("+4915123456789"), OtpPurpose.PHONE_ENTRY, new CodeHash("k1", "hmac-of-code"), ISSUED, EXPIRES, 5);

    /** When the event happens, relative to the challenge's expiry. */
    enum Phase {
        BEFORE_EXPIRY(EXPIRES.minusNanos(1)),
        AT_EXPIRY(EXPIRES),
        AFTER_EXPIRY(EXPIRES.plus(Duration.ofHours(1)));

        final Instant at;

        Phase(Instant at) {
            this.at = at;
        }
    }

    /** Each event the machine knows, with the variants that matter (right or wrong code). */
    enum Kind {
        VERIFY_RIGHT(at -> new OtpEvent.Verify(true, at)),
        VERIFY_WRONG(at -> new OtpEvent.Verify(false, at)),
        SUPERSEDE(OtpEvent.Supersede::new),
        TICK(OtpEvent.Tick::new);

        final Function<Instant, OtpEvent> event;

        Kind(Function<Instant, OtpEvent> event) {
            this.event = event;
        }
    }

    record Row(OtpChallenge from, Kind kind, Phase phase, Transition<OtpChallenge> expected) {
        OtpEvent event() {
            return kind.event.apply(phase.at);
        }

        List<Object> key() {
            return List.of(from.getClass(), kind, phase);
        }

        @Override
        public String toString() {
            return from.getClass().getSimpleName() + "(attempts " + from.attempts() + ") x " + kind + " " + phase;
        }
    }

    static final OtpChallenge.Pending PENDING = new OtpChallenge.Pending(FACTS, 2, 7);
    static final OtpChallenge.Expired EXPIRED_FROM_PENDING = new OtpChallenge.Expired(FACTS, 2, 7, EXPIRES);

    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        Phase before = Phase.BEFORE_EXPIRY;
        rows.add(new Row(PENDING, Kind.VERIFY_RIGHT, before, Transition.moved(new OtpChallenge.Verified(FACTS, 2, 7, before.at))));
        rows.add(new Row(PENDING, Kind.VERIFY_WRONG, before, Transition.moved(new OtpChallenge.Pending(FACTS, 3, 7))));
        rows.add(new Row(PENDING, Kind.SUPERSEDE, before, Transition.moved(new OtpChallenge.Superseded(FACTS, 2, 7, before.at))));
        rows.add(new Row(PENDING, Kind.TICK, before, Transition.stayed(PENDING)));
        // The attempt cap (5): the 4th wrong code leaves one attempt, the 5th exhausts, the last attempt may still be right.
        OtpChallenge.Pending threeWrong = new OtpChallenge.Pending(FACTS, 3, 7);
        OtpChallenge.Pending fourWrong = new OtpChallenge.Pending(FACTS, 4, 7);
        rows.add(new Row(threeWrong, Kind.VERIFY_WRONG, before, Transition.moved(fourWrong)));
        rows.add(new Row(fourWrong, Kind.VERIFY_WRONG, before, Transition.moved(new OtpChallenge.Exhausted(FACTS, 5, 7))));
        rows.add(new Row(fourWrong, Kind.VERIFY_RIGHT, before, Transition.moved(new OtpChallenge.Verified(FACTS, 4, 7, before.at))));
        // At and after expiry a pending challenge becomes EXPIRED (at its expiry instant) whatever the event; a verify is
        // refused, and the expiry must still be saved.
        for (Phase late : List.of(Phase.AT_EXPIRY, Phase.AFTER_EXPIRY)) {
            rows.add(new Row(PENDING, Kind.VERIFY_RIGHT, late, Transition.refused(EXPIRED_FROM_PENDING, Rejection.OTP_EXPIRED)));
            rows.add(new Row(PENDING, Kind.VERIFY_WRONG, late, Transition.refused(EXPIRED_FROM_PENDING, Rejection.OTP_EXPIRED)));
            rows.add(new Row(PENDING, Kind.SUPERSEDE, late, Transition.moved(EXPIRED_FROM_PENDING)));
            rows.add(new Row(PENDING, Kind.TICK, late, Transition.moved(EXPIRED_FROM_PENDING)));
            rows.add(new Row(fourWrong, Kind.VERIFY_WRONG, late,
                    Transition.refused(new OtpChallenge.Expired(FACTS, 4, 7, EXPIRES), Rejection.OTP_EXPIRED)));
        }
        // Terminal states refuse everything, at any time, with their own reason, and stay as they are.
        List<Terminal> terminals = List.of(
                new Terminal(new OtpChallenge.Verified(FACTS, 1, 7, ISSUED.plusSeconds(30)), Rejection.OTP_ALREADY_USED),
                new Terminal(new OtpChallenge.Expired(FACTS, 0, 7, EXPIRES), Rejection.OTP_EXPIRED),
                new Terminal(new OtpChallenge.Exhausted(FACTS, 5, 7), Rejection.OTP_EXHAUSTED),
                new Terminal(new OtpChallenge.Superseded(FACTS, 1, 7, ISSUED.plusSeconds(40)), Rejection.OTP_SUPERSEDED));
        for (Terminal t : terminals) {
            for (Kind kind : Kind.values()) {
                for (Phase phase : Phase.values()) {
                    rows.add(new Row(t.state(), kind, phase, Transition.rejected(t.state(), t.reason())));
                }
            }
        }
        return rows;
    }

    record Terminal(OtpChallenge state, Rejection reason) {
    }

    @ParameterizedTest
    @MethodSource("table")
    void transition(Row row) {
        Transition<OtpChallenge> actual = row.from().on(row.event());

        assertThat(actual).isEqualTo(row.expected());
        assertVariantSaysWhetherStateChanged(row.from(), actual);
        assertThat(actual.state()).isEqualTo(row.expected().state());
    }

    @Test
    void tableCoversEveryStateTimesEveryEventInEveryPhase() {
        var required = product(permitted(OtpChallenge.class), Arrays.asList(Kind.values()), Arrays.asList(Phase.values()));

        assertThat(missing(required, table().stream().map(Row::key).toList())).isEmpty();
    }

    @Test
    void eventKindsCoverEveryEventType() {
        Set<Class<?>> kinds = Arrays.stream(Kind.values()).map(k -> k.event.apply(ISSUED).getClass()).collect(Collectors.toSet());

        assertThat(kinds).containsExactlyInAnyOrderElementsOf(permitted(OtpEvent.class));
    }
}
