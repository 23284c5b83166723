package io.finguard.domain.phone;

import static io.finguard.domain.model.SealedCoverage.missing;
import static io.finguard.domain.model.SealedCoverage.permitted;
import static io.finguard.domain.model.SealedCoverage.product;
import static io.finguard.domain.model.TransitionVariants.assertVariantSaysWhetherStateChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import io.finguard.domain.model.UserId;
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
 * Every change-of-number state x every event, before and after the request's lifetime: PENDING completes, is
 * superseded or expires; every other state is terminal and refuses with its own reason.
 */
class PhoneChangeTransitionTableTest {
    static final Instant REQUESTED = Instant.parse("2026-05-01T10:00:00Z");
    static final Instant EXPIRES = REQUESTED.plusSeconds(300);
    static final Instant BEFORE = REQUESTED.plusSeconds(60);
    static final Instant AFTER = EXPIRES.plusSeconds(1);
    static final PhoneChangeFacts FACTS = new PhoneChangeFacts(ChallengeId.of(UUID.fromString("00000000-0000-4000-8000-0000000000c1")),
            UserId.of(UUID.fromString("00000000-0000-4000-8000-0000000000c2")), PhoneNumber.of("+4915133334444"), REQUESTED, EXPIRES);

    static final PhoneChange.Pending PENDING = new PhoneChange.Pending(FACTS, 2);
    static final PhoneChange.Completed COMPLETED = new PhoneChange.Completed(FACTS, 2, BEFORE);
    static final PhoneChange.Superseded SUPERSEDED = new PhoneChange.Superseded(FACTS, 2, BEFORE);
    static final PhoneChange.Expired EXPIRED = new PhoneChange.Expired(FACTS, 2, EXPIRES);

    enum Kind {
        CONFIRM(PhoneChangeEvent.Confirm::new),
        SUPERSEDE(PhoneChangeEvent.Supersede::new),
        TICK(PhoneChangeEvent.Tick::new);

        final Function<Instant, PhoneChangeEvent> event;

        Kind(Function<Instant, PhoneChangeEvent> event) {
            this.event = event;
        }
    }

    record Row(PhoneChange from, Kind kind, Instant at, Transition<PhoneChange> expected) {
        @Override
        public String toString() {
            return from.status() + " x " + kind + (at.isBefore(EXPIRES) ? " before expiry" : " after expiry");
        }
    }

    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(PENDING, Kind.CONFIRM, BEFORE, Transition.moved(new PhoneChange.Completed(FACTS, 2, BEFORE))));
        rows.add(new Row(PENDING, Kind.SUPERSEDE, BEFORE, Transition.moved(new PhoneChange.Superseded(FACTS, 2, BEFORE))));
        rows.add(new Row(PENDING, Kind.TICK, BEFORE, Transition.stayed(PENDING)));
        rows.add(new Row(PENDING, Kind.CONFIRM, AFTER, Transition.refused(EXPIRED, Rejection.OTP_EXPIRED)));
        rows.add(new Row(PENDING, Kind.SUPERSEDE, AFTER, Transition.moved(EXPIRED)));
        rows.add(new Row(PENDING, Kind.TICK, AFTER, Transition.moved(EXPIRED)));
        rows.add(new Row(PENDING, Kind.TICK, EXPIRES, Transition.moved(EXPIRED)));
        for (Instant at : List.of(BEFORE, AFTER)) {
            rows.add(new Row(COMPLETED, Kind.CONFIRM, at, Transition.rejected(COMPLETED, Rejection.OTP_ALREADY_USED)));
            rows.add(new Row(COMPLETED, Kind.SUPERSEDE, at, Transition.rejected(COMPLETED, Rejection.OTP_ALREADY_USED)));
            rows.add(new Row(COMPLETED, Kind.TICK, at, Transition.stayed(COMPLETED)));
            rows.add(new Row(SUPERSEDED, Kind.CONFIRM, at, Transition.rejected(SUPERSEDED, Rejection.OTP_SUPERSEDED)));
            rows.add(new Row(SUPERSEDED, Kind.SUPERSEDE, at, Transition.rejected(SUPERSEDED, Rejection.OTP_SUPERSEDED)));
            rows.add(new Row(SUPERSEDED, Kind.TICK, at, Transition.stayed(SUPERSEDED)));
            rows.add(new Row(EXPIRED, Kind.CONFIRM, at, Transition.rejected(EXPIRED, Rejection.OTP_EXPIRED)));
            rows.add(new Row(EXPIRED, Kind.SUPERSEDE, at, Transition.rejected(EXPIRED, Rejection.OTP_EXPIRED)));
            rows.add(new Row(EXPIRED, Kind.TICK, at, Transition.stayed(EXPIRED)));
        }
        return rows;
    }

    @ParameterizedTest
    @MethodSource("table")
    void transition(Row row) {
        Transition<PhoneChange> actual = row.from().on(row.kind().event.apply(row.at()));

        assertThat(actual).isEqualTo(row.expected());
        assertVariantSaysWhetherStateChanged(row.from(), actual);
        assertThat(actual.state().status()).isEqualTo(row.expected().state().status());
    }

    @Test
    void tableCoversEveryStateTimesEveryEvent() {
        var required = product(permitted(PhoneChange.class), Arrays.asList(Kind.values()));

        assertThat(missing(required, table().stream().map(r -> List.<Object>of(r.from().getClass(), r.kind())).toList())).isEmpty();
    }

    @Test
    void eventKindsCoverEveryEventType() {
        Set<Class<?>> events = Arrays.stream(Kind.values()).map(k -> k.event.apply(BEFORE).getClass()).collect(Collectors.toSet());

        assertThat(events).containsExactlyInAnyOrderElementsOf(permitted(PhoneChangeEvent.class));
    }

    @Test
    void aNewRequestIsPendingAtVersionZero() {
        assertThat(PhoneChange.request(FACTS)).isEqualTo(new PhoneChange.Pending(FACTS, 0));
    }
}
