package io.finguard.domain.session;

import static io.finguard.domain.model.SealedCoverage.missing;
import static io.finguard.domain.model.SealedCoverage.permitted;
import static io.finguard.domain.model.SealedCoverage.product;
import static io.finguard.domain.model.TransitionVariants.assertVariantSaysWhetherStateChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.TokenDigest;
import io.finguard.domain.model.Transition;
import io.finguard.domain.model.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ACTIVE and REVOKED x every refresh-family event, with each rotation case at its edge: the grace
 * window (10 s, edge excluded), idle expiry (14 days, edge expired) and absolute expiry (30 days, edge expired).
 */
class RefreshFamilyTransitionTableTest {
    static final SessionPolicy POLICY = SessionPolicy.defaults();
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final FamilyFacts FACTS = new FamilyFacts(FamilyId.of(UUID.fromString("00000000-0000-4000-8000-0000000000f1")),
            UserId.of(UUID.fromString("00000000-0000-4000-8000-0000000000b1")), Optional.of(new DeviceId("phone-1")), START,
            START.plus(Duration.ofDays(30)));
    static final TokenDigest D0 = digest('0');
    static final TokenDigest D1 = digest('1');
    static final TokenDigest D2 = digest('2');
    static final TokenDigest D3 = digest('3');
    static final TokenDigest D9 = digest('9');

    static TokenDigest digest(char c) {
        return new TokenDigest(String.valueOf(c).repeat(64));
    }

    /** Every case the brief names; each maps to one event type. */
    enum Kind {
        ROTATE_CURRENT,
        ROTATE_PREVIOUS_INSIDE_GRACE,
        ROTATE_PREVIOUS_AT_GRACE_EDGE,
        ROTATE_PREVIOUS_AFTER_GRACE,
        ROTATE_PREVIOUS_OTHER_SUCCESSOR,
        ROTATE_UNKNOWN_OLDER_DIGEST,
        ROTATE_AT_IDLE_EDGE,
        ROTATE_AFTER_IDLE,
        ROTATE_AT_ABSOLUTE_EDGE,
        ROTATE_AFTER_ABSOLUTE,
        STEP_UP,
        REVOKE
    }

    /** Rotated once, a day in: D1 consumed at ROTATED, D2 current. Idle ends day 15, absolute day 30. */
    static final Instant ROTATED = START.plus(Duration.ofDays(1));
    static final RefreshFamily.Active ACTIVE = new RefreshFamily.Active(FACTS, 6, D2, Optional.of(D1), Optional.of(ROTATED), ROTATED,
            AssuranceLevel.AAL1, Set.of(AuthMethod.SMS), START);
    /** Last used on day 20, so its idle end (day 34) lies beyond the absolute end (day 30). */
    static final Instant LATE_USE = START.plus(Duration.ofDays(20));
    static final RefreshFamily.Active ACTIVE_LATE = new RefreshFamily.Active(FACTS, 6, D2, Optional.of(D1), Optional.of(LATE_USE),
            LATE_USE, AssuranceLevel.AAL1, Set.of(AuthMethod.SMS), START);
    static final RefreshFamily.Revoked REVOKED = new RefreshFamily.Revoked(FACTS, 6, RevocationReason.LOGOUT, ROTATED.plusSeconds(5));

    record Row(RefreshFamily from, Kind kind, FamilyEvent event, Transition<RefreshFamily> expected) {
        List<Object> key() {
            return List.of(from.getClass(), kind);
        }

        @Override
        public String toString() {
            return from.getClass().getSimpleName() + " x " + kind;
        }
    }

    private static FamilyEvent.Rotate rotate(TokenDigest presented, TokenDigest successor, Instant at) {
        return new FamilyEvent.Rotate(presented, successor, POLICY, at);
    }

    private static Transition<RefreshFamily> revokedFor(RefreshFamily.Active from, RevocationReason reason, Instant at,
                                                        Rejection rejection) {
        return Transition.refused(new RefreshFamily.Revoked(FACTS, from.version(), reason, at), rejection);
    }

    /** The events of each kind, offered to a given family. */
    static FamilyEvent eventFor(Kind kind) {
        Instant grace = ROTATED.plus(POLICY.graceWindow());
        Instant idle = ROTATED.plus(POLICY.idleTimeout());
        return switch (kind) {
            case ROTATE_CURRENT -> rotate(D2, D3, ROTATED.plusSeconds(3600));
            case ROTATE_PREVIOUS_INSIDE_GRACE -> rotate(D1, D2, grace.minusNanos(1));
            case ROTATE_PREVIOUS_AT_GRACE_EDGE -> rotate(D1, D2, grace);
            case ROTATE_PREVIOUS_AFTER_GRACE -> rotate(D1, D2, grace.plusSeconds(1));
            case ROTATE_PREVIOUS_OTHER_SUCCESSOR -> rotate(D1, D9, ROTATED.plusSeconds(1));
            case ROTATE_UNKNOWN_OLDER_DIGEST -> rotate(D0, D9, ROTATED.plusSeconds(1));
            case ROTATE_AT_IDLE_EDGE -> rotate(D2, D3, idle);
            case ROTATE_AFTER_IDLE -> rotate(D2, D3, idle.plusSeconds(1));
            case ROTATE_AT_ABSOLUTE_EDGE -> rotate(D2, D3, FACTS.absoluteExpiresAt());
            case ROTATE_AFTER_ABSOLUTE -> rotate(D2, D3, FACTS.absoluteExpiresAt().plusSeconds(1));
            case STEP_UP -> new FamilyEvent.StepUp(AuthMethod.PIN, ROTATED.plusSeconds(120));
            case REVOKE -> new FamilyEvent.Revoke(RevocationReason.CREDENTIALS_CHANGED, ROTATED.plusSeconds(120));
        };
    }

    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            FamilyEvent event = eventFor(kind);
            Instant at = event.at();
            RefreshFamily.Active from = kind == Kind.ROTATE_AT_ABSOLUTE_EDGE || kind == Kind.ROTATE_AFTER_ABSOLUTE ? ACTIVE_LATE : ACTIVE;
            Transition<RefreshFamily> expected = switch (kind) {
                case ROTATE_CURRENT -> Transition.moved(new RefreshFamily.Active(FACTS, 6, D3, Optional.of(D2), Optional.of(at), at,
                        AssuranceLevel.AAL1, Set.of(AuthMethod.SMS), START));
                // A concurrent retry of the just-consumed token gets the same successor: nothing changes.
                case ROTATE_PREVIOUS_INSIDE_GRACE -> Transition.stayed(ACTIVE);
                case ROTATE_PREVIOUS_AT_GRACE_EDGE, ROTATE_PREVIOUS_AFTER_GRACE, ROTATE_PREVIOUS_OTHER_SUCCESSOR,
                     ROTATE_UNKNOWN_OLDER_DIGEST -> revokedFor(from, RevocationReason.TOKEN_REUSE, at, Rejection.TOKEN_REUSED);
                case ROTATE_AT_IDLE_EDGE, ROTATE_AFTER_IDLE, ROTATE_AT_ABSOLUTE_EDGE, ROTATE_AFTER_ABSOLUTE ->
                        revokedFor(from, RevocationReason.EXPIRED, at, Rejection.SESSION_EXPIRED);
                // Step-up raises assurance, adds the method and restarts the step-up clock; the token chain is untouched.
                case STEP_UP -> Transition.moved(new RefreshFamily.Active(FACTS, 6, D2, Optional.of(D1), Optional.of(ROTATED), ROTATED,
                        AssuranceLevel.AAL2, Set.of(AuthMethod.SMS, AuthMethod.PIN), at));
                case REVOKE -> Transition.moved(new RefreshFamily.Revoked(FACTS, 6, RevocationReason.CREDENTIALS_CHANGED, at));
            };
            rows.add(new Row(from, kind, event, expected));
            rows.add(new Row(REVOKED, kind, event, Transition.rejected(REVOKED, Rejection.SESSION_REVOKED)));
        }
        // A family that never rotated has no previous token: anything but its first token is reuse.
        RefreshFamily.Active fresh = RefreshFamily.start(FACTS, D1, AssuranceLevel.AAL1, Set.of(AuthMethod.SMS), START);
        Instant soon = START.plusSeconds(1);
        rows.add(new Row(fresh, Kind.ROTATE_UNKNOWN_OLDER_DIGEST, rotate(D0, D1, soon),
                revokedFor(fresh, RevocationReason.TOKEN_REUSE, soon, Rejection.TOKEN_REUSED)));
        rows.add(new Row(fresh, Kind.ROTATE_CURRENT, rotate(D1, D2, soon), Transition.moved(new RefreshFamily.Active(FACTS, 0, D2,
                Optional.of(D1), Optional.of(soon), soon, AssuranceLevel.AAL1, Set.of(AuthMethod.SMS), START))));
        return rows;
    }

    @ParameterizedTest
    @MethodSource("table")
    void transition(Row row) {
        Transition<RefreshFamily> actual = row.from().on(row.event());

        assertThat(actual).isEqualTo(row.expected());
        assertVariantSaysWhetherStateChanged(row.from(), actual);
        assertThat(actual.state().getClass()).isEqualTo(row.expected().state().getClass());
    }

    @Test
    void tableCoversEveryStateTimesEveryCase() {
        var required = product(permitted(RefreshFamily.class), Arrays.asList(Kind.values()));

        assertThat(missing(required, table().stream().map(Row::key).toList())).isEmpty();
    }

    @Test
    void casesCoverEveryEventType() {
        Set<Class<?>> events = Arrays.stream(Kind.values()).map(k -> eventFor(k).getClass()).collect(Collectors.toSet());

        assertThat(events).containsExactlyInAnyOrderElementsOf(permitted(FamilyEvent.class));
    }

    @Test
    void theEdgesAreWhereTheTableSaysTheyAre() {
        assertThat(ACTIVE.isExpiredAt(ROTATED.plus(POLICY.idleTimeout()).minusNanos(1), POLICY)).isFalse();
        assertThat(ACTIVE.isExpiredAt(ROTATED.plus(POLICY.idleTimeout()), POLICY)).isTrue();
        assertThat(ACTIVE_LATE.isExpiredAt(FACTS.absoluteExpiresAt().minusNanos(1), POLICY)).isFalse();
        assertThat(ACTIVE_LATE.isExpiredAt(FACTS.absoluteExpiresAt(), POLICY)).isTrue();
        assertThat(EnumSet.copyOf(ACTIVE.amr())).containsExactly(AuthMethod.SMS);
    }
}
