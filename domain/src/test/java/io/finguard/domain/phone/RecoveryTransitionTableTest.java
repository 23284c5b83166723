package io.finguard.domain.phone;

import static io.finguard.domain.model.SealedCoverage.missing;
import static io.finguard.domain.model.SealedCoverage.permitted;
import static io.finguard.domain.model.SealedCoverage.product;
import static io.finguard.domain.model.TransitionVariants.assertVariantSaysWhetherStateChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.RecoveryId;
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
 * Every recovery state x every event, before and after the lifetime: REQUESTED -> IDENTITY_PENDING -> APPROVED or
 * REJECTED -> COMPLETED; an open state lapses to EXPIRED (a tick moves it, any other event is refused and moves it);
 * REJECTED, COMPLETED and EXPIRED are terminal.
 */
class RecoveryTransitionTableTest {
    static final Instant REQUESTED_AT = Instant.parse("2026-05-01T10:00:00Z");
    static final Instant EXPIRES = REQUESTED_AT.plusSeconds(72 * 3600);
    static final Instant BEFORE = REQUESTED_AT.plusSeconds(600);
    static final Instant AFTER = EXPIRES.plusSeconds(1);
    static final String REFERENCE = "kyc_ref_1";
    static final RecoveryFacts FACTS = new RecoveryFacts(RecoveryId.of(UUID.fromString("00000000-0000-4000-8000-0000000000d1")),
            UserId.of(UUID.fromString("00000000-0000-4000-8000-0000000000d2")), PhoneNumber.of("+4915111112222"),
            PhoneNumber.of("+4915155556666"), REQUESTED_AT, EXPIRES);

    static final Recovery.Requested REQUESTED = new Recovery.Requested(FACTS, 3);
    static final Recovery.IdentityPending PENDING = new Recovery.IdentityPending(FACTS, 3, REFERENCE);
    static final Recovery.Approved APPROVED = new Recovery.Approved(FACTS, 3, REFERENCE, BEFORE);
    static final Recovery.Rejected REJECTED = new Recovery.Rejected(FACTS, 3, REFERENCE, BEFORE);
    static final Recovery.Completed COMPLETED = new Recovery.Completed(FACTS, 3, REFERENCE, BEFORE);
    static final Recovery.Expired EXPIRED = new Recovery.Expired(FACTS, 3);

    enum Kind {
        START(at -> new RecoveryEvent.StartIdentityCheck(REFERENCE, at)),
        APPROVE(at -> new RecoveryEvent.Decide(true, at)),
        REJECT(at -> new RecoveryEvent.Decide(false, at)),
        COMPLETE(RecoveryEvent.Complete::new),
        TICK(RecoveryEvent.Tick::new);

        final Function<Instant, RecoveryEvent> event;

        Kind(Function<Instant, RecoveryEvent> event) {
            this.event = event;
        }
    }

    record Row(Recovery from, Kind kind, Instant at, Transition<Recovery> expected) {
        @Override
        public String toString() {
            return from.status() + " x " + kind + (at.isBefore(EXPIRES) ? " before expiry" : " after expiry");
        }
    }

    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        Instant b = BEFORE;
        rows.add(new Row(REQUESTED, Kind.START, b, Transition.moved(PENDING)));
        rows.add(new Row(REQUESTED, Kind.APPROVE, b, Transition.rejected(REQUESTED, Rejection.INVALID_STATE)));
        rows.add(new Row(REQUESTED, Kind.REJECT, b, Transition.rejected(REQUESTED, Rejection.INVALID_STATE)));
        rows.add(new Row(REQUESTED, Kind.COMPLETE, b, Transition.rejected(REQUESTED, Rejection.INVALID_STATE)));
        rows.add(new Row(REQUESTED, Kind.TICK, b, Transition.stayed(REQUESTED)));

        rows.add(new Row(PENDING, Kind.START, b, Transition.rejected(PENDING, Rejection.INVALID_STATE)));
        rows.add(new Row(PENDING, Kind.APPROVE, b, Transition.moved(new Recovery.Approved(FACTS, 3, REFERENCE, b))));
        rows.add(new Row(PENDING, Kind.REJECT, b, Transition.moved(new Recovery.Rejected(FACTS, 3, REFERENCE, b))));
        rows.add(new Row(PENDING, Kind.COMPLETE, b, Transition.rejected(PENDING, Rejection.INVALID_STATE)));
        rows.add(new Row(PENDING, Kind.TICK, b, Transition.stayed(PENDING)));

        rows.add(new Row(APPROVED, Kind.START, b, Transition.rejected(APPROVED, Rejection.INVALID_STATE)));
        rows.add(new Row(APPROVED, Kind.APPROVE, b, Transition.rejected(APPROVED, Rejection.INVALID_STATE)));
        rows.add(new Row(APPROVED, Kind.REJECT, b, Transition.rejected(APPROVED, Rejection.INVALID_STATE)));
        rows.add(new Row(APPROVED, Kind.COMPLETE, b, Transition.moved(new Recovery.Completed(FACTS, 3, REFERENCE, b))));
        rows.add(new Row(APPROVED, Kind.TICK, b, Transition.stayed(APPROVED)));

        // Open states at and after the end of the lifetime: a tick expires them, anything else is refused and expires them.
        for (Recovery open : List.of(REQUESTED, PENDING, APPROVED)) {
            for (Instant late : List.of(EXPIRES, AFTER)) {
                for (Kind kind : Kind.values()) {
                    rows.add(new Row(open, kind, late, kind == Kind.TICK
                            ? Transition.moved(EXPIRED)
                            : Transition.refused(EXPIRED, Rejection.RECOVERY_EXPIRED)));
                }
            }
        }

        // Terminal states behave the same whatever the time.
        for (Instant at : List.of(BEFORE, AFTER)) {
            for (Kind kind : Kind.values()) {
                rows.add(new Row(REJECTED, kind, at,
                        kind == Kind.TICK ? Transition.stayed(REJECTED) : Transition.rejected(REJECTED, Rejection.INVALID_STATE)));
                rows.add(new Row(COMPLETED, kind, at,
                        kind == Kind.TICK ? Transition.stayed(COMPLETED) : Transition.rejected(COMPLETED, Rejection.INVALID_STATE)));
                rows.add(new Row(EXPIRED, kind, at,
                        kind == Kind.TICK ? Transition.stayed(EXPIRED) : Transition.rejected(EXPIRED, Rejection.RECOVERY_EXPIRED)));
            }
        }
        return rows;
    }

    @ParameterizedTest
    @MethodSource("table")
    void transition(Row row) {
        Transition<Recovery> actual = row.from().on(row.kind().event.apply(row.at()));

        assertThat(actual).isEqualTo(row.expected());
        assertVariantSaysWhetherStateChanged(row.from(), actual);
        assertThat(actual.state().status()).isEqualTo(row.expected().state().status());
    }

    @Test
    void tableCoversEveryStateTimesEveryEvent() {
        var required = product(permitted(Recovery.class), Arrays.asList(Kind.values()));

        assertThat(missing(required, table().stream().map(r -> List.<Object>of(r.from().getClass(), r.kind())).toList())).isEmpty();
    }

    @Test
    void eventKindsCoverEveryEventType() {
        Set<Class<?>> events = Arrays.stream(Kind.values()).map(k -> k.event.apply(BEFORE).getClass()).collect(Collectors.toSet());

        assertThat(events).containsExactlyInAnyOrderElementsOf(permitted(RecoveryEvent.class));
    }

    @Test
    void openStatesAreExactlyTheOnesThatCanStillMove() {
        assertThat(Arrays.stream(RecoveryStatus.values()).filter(RecoveryStatus::isOpen))
                .containsExactlyInAnyOrder(RecoveryStatus.REQUESTED, RecoveryStatus.IDENTITY_PENDING, RecoveryStatus.APPROVED);
        assertThat(Recovery.request(FACTS)).isEqualTo(new Recovery.Requested(FACTS, 0));
    }
}
