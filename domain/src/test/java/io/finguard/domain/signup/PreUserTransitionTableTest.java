package io.finguard.domain.signup;

import static io.finguard.domain.model.SealedCoverage.missing;
import static io.finguard.domain.model.SealedCoverage.permitted;
import static io.finguard.domain.model.SealedCoverage.product;
import static io.finguard.domain.model.TransitionVariants.assertVariantSaysWhetherStateChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.model.PinTag;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.RiskAssessment;
import io.finguard.domain.policy.RiskReason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Every signup state x every event (the risk answer and the operator's decision in each variant),
 * offered before the record's expiry, exactly at it and after it. S1-S3 lapse; UNDER_REVIEW waits.
 */
class PreUserTransitionTableTest {
    static final Instant CREATED_AT = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant EXPIRES = CREATED_AT.plus(Duration.ofHours(24));
    static final PreUserFacts FACTS = new PreUserFacts(PreUserId.of(UUID.fromString("00000000-0000-4000-8000-0000000000a1")),
            PhoneNumber.of("+4915123456789"), CREATED_AT, EXPIRES, 0);
    static final Credentials CREDENTIALS = new Credentials(new HashedSecret("$argon2id$pw-1"), new HashedSecret("$argon2id$pin-1"));
    static final Credentials NEW_CREDENTIALS = new Credentials(new HashedSecret("$argon2id$pw-2"), new HashedSecret("$argon2id$pin-2"));
    static final PinTag PIN_TAG = new PinTag("$fg$t=k1$tag-1");
    static final PinTag NEW_PIN_TAG = new PinTag("$fg$t=k1$tag-2");
    static final Address ADDRESS = new Address("1 Main St", null, "Berlin", "10115", "DE");
    static final Profile PROFILE = new Profile("Ada", "Lovelace", Optional.of(LocalDate.of(1990, 12, 10)), ADDRESS);
    static final Profile NEW_PROFILE = new Profile("Ada", "King", Optional.empty(), ADDRESS);
    static final UserId NEW_USER = UserId.of(UUID.fromString("00000000-0000-4000-8000-0000000000b1"));
    static final List<RiskReason> REVIEW_REASONS = List.of(RiskReason.MISSING_DATE_OF_BIRTH, RiskReason.OTP_FAILURES);
    static final List<RiskReason> REJECT_REASONS = List.of(RiskReason.UNDER_AGE, RiskReason.DENYLISTED_PREFIX);

    enum Phase {
        BEFORE_EXPIRY(EXPIRES.minusNanos(1)),
        AT_EXPIRY(EXPIRES),
        AFTER_EXPIRY(EXPIRES.plus(Duration.ofDays(3)));

        final Instant at;

        Phase(Instant at) {
            this.at = at;
        }
    }

    enum Kind {
        SET_CREDENTIALS(at -> new PreUserEvent.SetCredentials(NEW_CREDENTIALS, NEW_PIN_TAG, at)),
        COMPLETE_PROFILE(at -> new PreUserEvent.CompleteProfile(NEW_PROFILE, at)),
        ASSESS_APPROVE(at -> new PreUserEvent.Assess(new RiskAssessment.Approve(), NEW_USER, at)),
        ASSESS_REVIEW(at -> new PreUserEvent.Assess(new RiskAssessment.Review(REVIEW_REASONS), NEW_USER, at)),
        ASSESS_REJECT(at -> new PreUserEvent.Assess(new RiskAssessment.Reject(REJECT_REASONS), NEW_USER, at)),
        DECIDE_APPROVE(at -> new PreUserEvent.Decide(true, NEW_USER, at)),
        DECIDE_REJECT(at -> new PreUserEvent.Decide(false, NEW_USER, at)),
        TICK(PreUserEvent.Tick::new),
        WITHDRAW(PreUserEvent.Withdraw::new);

        final Function<Instant, PreUserEvent> event;

        Kind(Function<Instant, PreUserEvent> event) {
            this.event = event;
        }
    }

    record Row(PreUser from, Kind kind, Phase phase, Transition<PreUser> expected) {
        PreUserEvent event() {
            return kind.event.apply(phase.at);
        }

        List<Object> key() {
            return List.of(from.getClass(), kind, phase);
        }

        @Override
        public String toString() {
            return from.status() + " x " + kind + " " + phase;
        }
    }

    static final PreUser.Created CREATED = new PreUser.Created(FACTS, 4);
    static final PreUser.CredentialsSet CREDENTIALS_SET = new PreUser.CredentialsSet(FACTS, 4, CREDENTIALS, PIN_TAG);
    static final PreUser.ProfileCompleted PROFILE_COMPLETED = new PreUser.ProfileCompleted(FACTS, 4, CREDENTIALS, PIN_TAG, PROFILE);
    static final PreUser.UnderReview UNDER_REVIEW = new PreUser.UnderReview(FACTS, 4, CREDENTIALS, PROFILE,
            List.of(RiskReason.MISSING_DATE_OF_BIRTH));
    static final PreUser.Rejected REJECTED = new PreUser.Rejected(FACTS, 4, List.of(RiskReason.UNDER_AGE), CREATED_AT.plusSeconds(600));
    static final PreUser.Converted CONVERTED = new PreUser.Converted(FACTS, 4, CREDENTIALS, PROFILE, NEW_USER, CREATED_AT.plusSeconds(600));
    static final PreUser.Expired EXPIRED = new PreUser.Expired(FACTS, 4);

    private static Transition<PreUser> moved(PreUser next) {
        return Transition.moved(next);
    }

    private static Transition<PreUser> stayed(PreUser current) {
        return Transition.stayed(current);
    }

    private static Transition<PreUser> rejected(PreUser current, Rejection reason) {
        return Transition.rejected(current, reason);
    }

    /** Refused, and the record moved on (it expired): the caller must save it. */
    private static Transition<PreUser> refused(PreUser next, Rejection reason) {
        return Transition.refused(next, reason);
    }

    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        Phase b = Phase.BEFORE_EXPIRY;
        Instant at = b.at;

        // S1 CREATED: only credentials move it on.
        rows.add(new Row(CREATED, Kind.SET_CREDENTIALS, b, moved(new PreUser.CredentialsSet(FACTS, 4, NEW_CREDENTIALS, NEW_PIN_TAG))));
        rows.add(new Row(CREATED, Kind.COMPLETE_PROFILE, b, rejected(CREATED, Rejection.INVALID_STATE)));
        rows.add(new Row(CREATED, Kind.ASSESS_APPROVE, b, rejected(CREATED, Rejection.INVALID_STATE)));
        rows.add(new Row(CREATED, Kind.ASSESS_REVIEW, b, rejected(CREATED, Rejection.INVALID_STATE)));
        rows.add(new Row(CREATED, Kind.ASSESS_REJECT, b, rejected(CREATED, Rejection.INVALID_STATE)));
        rows.add(new Row(CREATED, Kind.DECIDE_APPROVE, b, rejected(CREATED, Rejection.INVALID_STATE)));
        rows.add(new Row(CREATED, Kind.DECIDE_REJECT, b, rejected(CREATED, Rejection.INVALID_STATE)));
        rows.add(new Row(CREATED, Kind.TICK, b, stayed(CREATED)));
        rows.add(new Row(CREATED, Kind.WITHDRAW, b, moved(EXPIRED)));

        // S2 CREDENTIALS_SET: credentials again replace them (client retry), the profile moves on.
        rows.add(new Row(CREDENTIALS_SET, Kind.SET_CREDENTIALS, b, moved(new PreUser.CredentialsSet(FACTS, 4, NEW_CREDENTIALS, NEW_PIN_TAG))));
        rows.add(new Row(CREDENTIALS_SET, Kind.COMPLETE_PROFILE, b,
                moved(new PreUser.ProfileCompleted(FACTS, 4, CREDENTIALS, PIN_TAG, NEW_PROFILE))));
        rows.add(new Row(CREDENTIALS_SET, Kind.ASSESS_APPROVE, b, rejected(CREDENTIALS_SET, Rejection.INVALID_STATE)));
        rows.add(new Row(CREDENTIALS_SET, Kind.ASSESS_REVIEW, b, rejected(CREDENTIALS_SET, Rejection.INVALID_STATE)));
        rows.add(new Row(CREDENTIALS_SET, Kind.ASSESS_REJECT, b, rejected(CREDENTIALS_SET, Rejection.INVALID_STATE)));
        rows.add(new Row(CREDENTIALS_SET, Kind.DECIDE_APPROVE, b, rejected(CREDENTIALS_SET, Rejection.INVALID_STATE)));
        rows.add(new Row(CREDENTIALS_SET, Kind.DECIDE_REJECT, b, rejected(CREDENTIALS_SET, Rejection.INVALID_STATE)));
        rows.add(new Row(CREDENTIALS_SET, Kind.TICK, b, stayed(CREDENTIALS_SET)));
        rows.add(new Row(CREDENTIALS_SET, Kind.WITHDRAW, b, moved(EXPIRED)));

        // S3 PROFILE_COMPLETED: the profile may be given again; the risk gate decides.
        rows.add(new Row(PROFILE_COMPLETED, Kind.SET_CREDENTIALS, b, rejected(PROFILE_COMPLETED, Rejection.INVALID_STATE)));
        rows.add(new Row(PROFILE_COMPLETED, Kind.COMPLETE_PROFILE, b,
                moved(new PreUser.ProfileCompleted(FACTS, 4, CREDENTIALS, PIN_TAG, NEW_PROFILE))));
        rows.add(new Row(PROFILE_COMPLETED, Kind.ASSESS_APPROVE, b,
                moved(new PreUser.Converted(FACTS, 4, CREDENTIALS, PROFILE, NEW_USER, at))));
        rows.add(new Row(PROFILE_COMPLETED, Kind.ASSESS_REVIEW, b,
                moved(new PreUser.UnderReview(FACTS, 4, CREDENTIALS, PROFILE, REVIEW_REASONS))));
        rows.add(new Row(PROFILE_COMPLETED, Kind.ASSESS_REJECT, b, moved(new PreUser.Rejected(FACTS, 4, REJECT_REASONS, at))));
        rows.add(new Row(PROFILE_COMPLETED, Kind.DECIDE_APPROVE, b, rejected(PROFILE_COMPLETED, Rejection.INVALID_STATE)));
        rows.add(new Row(PROFILE_COMPLETED, Kind.DECIDE_REJECT, b, rejected(PROFILE_COMPLETED, Rejection.INVALID_STATE)));
        rows.add(new Row(PROFILE_COMPLETED, Kind.TICK, b, stayed(PROFILE_COMPLETED)));
        rows.add(new Row(PROFILE_COMPLETED, Kind.WITHDRAW, b, moved(EXPIRED)));

        // S1-S3 at and after expiry: a tick expires the record; any step is refused SIGNUP_EXPIRED, and the record moved on to EXPIRED.
        for (PreUser unfinished : List.of(CREATED, CREDENTIALS_SET, PROFILE_COMPLETED)) {
            for (Phase late : List.of(Phase.AT_EXPIRY, Phase.AFTER_EXPIRY)) {
                for (Kind kind : Kind.values()) {
                    rows.add(new Row(unfinished, kind, late, kind == Kind.TICK
                            ? moved(EXPIRED)
                            : refused(EXPIRED, Rejection.SIGNUP_EXPIRED)));
                }
            }
        }

        // Every other state behaves the same whatever the time: UNDER_REVIEW does not lapse, terminals stay.
        for (Phase phase : Phase.values()) {
            Instant t = phase.at;
            rows.add(new Row(UNDER_REVIEW, Kind.SET_CREDENTIALS, phase, rejected(UNDER_REVIEW, Rejection.INVALID_STATE)));
            rows.add(new Row(UNDER_REVIEW, Kind.COMPLETE_PROFILE, phase, rejected(UNDER_REVIEW, Rejection.INVALID_STATE)));
            rows.add(new Row(UNDER_REVIEW, Kind.ASSESS_APPROVE, phase, rejected(UNDER_REVIEW, Rejection.INVALID_STATE)));
            rows.add(new Row(UNDER_REVIEW, Kind.ASSESS_REVIEW, phase, rejected(UNDER_REVIEW, Rejection.INVALID_STATE)));
            rows.add(new Row(UNDER_REVIEW, Kind.ASSESS_REJECT, phase, rejected(UNDER_REVIEW, Rejection.INVALID_STATE)));
            rows.add(new Row(UNDER_REVIEW, Kind.DECIDE_APPROVE, phase,
                    moved(new PreUser.Converted(FACTS, 4, CREDENTIALS, PROFILE, NEW_USER, t))));
            rows.add(new Row(UNDER_REVIEW, Kind.DECIDE_REJECT, phase, moved(new PreUser.Rejected(FACTS, 4,
                    List.of(RiskReason.MISSING_DATE_OF_BIRTH, RiskReason.OPERATOR_DECISION), t))));
            rows.add(new Row(UNDER_REVIEW, Kind.TICK, phase, stayed(UNDER_REVIEW)));
            rows.add(new Row(UNDER_REVIEW, Kind.WITHDRAW, phase, rejected(UNDER_REVIEW, Rejection.INVALID_STATE)));

            for (Kind kind : Kind.values()) {
                rows.add(new Row(REJECTED, kind, phase, kind == Kind.TICK ? stayed(REJECTED) : rejected(REJECTED, Rejection.INVALID_STATE)));
                rows.add(new Row(CONVERTED, kind, phase,
                        kind == Kind.TICK ? stayed(CONVERTED) : rejected(CONVERTED, Rejection.INVALID_STATE)));
                rows.add(new Row(EXPIRED, kind, phase, kind == Kind.TICK ? stayed(EXPIRED) : rejected(EXPIRED, Rejection.SIGNUP_EXPIRED)));
            }
        }
        return rows;
    }

    @ParameterizedTest
    @MethodSource("table")
    void transition(Row row) {
        Transition<PreUser> actual = row.from().on(row.event());

        assertThat(actual).isEqualTo(row.expected());
        assertVariantSaysWhetherStateChanged(row.from(), actual);
        assertThat(actual.state().status()).isEqualTo(row.expected().state().status());
    }

    @Test
    void tableCoversEveryStateTimesEveryEventInEveryPhase() {
        var required = product(permitted(PreUser.class), Arrays.asList(Kind.values()), Arrays.asList(Phase.values()));

        assertThat(missing(required, table().stream().map(Row::key).toList())).isEmpty();
    }

    @Test
    void eventKindsCoverEveryEventTypeAndEveryRiskAnswer() {
        List<PreUserEvent> samples = Arrays.stream(Kind.values()).map(k -> k.event.apply(CREATED_AT)).toList();
        Set<Class<?>> events = samples.stream().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> answers = samples.stream()
                .filter(PreUserEvent.Assess.class::isInstance)
                .map(e -> ((PreUserEvent.Assess) e).assessment().getClass())
                .collect(Collectors.toSet());
        Set<Boolean> decisions = samples.stream()
                .filter(PreUserEvent.Decide.class::isInstance)
                .map(e -> ((PreUserEvent.Decide) e).approve())
                .collect(Collectors.toSet());

        assertThat(events).containsExactlyInAnyOrderElementsOf(permitted(PreUserEvent.class));
        assertThat(answers).containsExactlyInAnyOrderElementsOf(permitted(RiskAssessment.class));
        assertThat(decisions).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void everyStateTypeHasItsOwnStatusAndOnlyTheEndsAreTerminal() {
        List<PreUser> states = List.of(CREATED, CREDENTIALS_SET, PROFILE_COMPLETED, UNDER_REVIEW, REJECTED, CONVERTED, EXPIRED);

        assertThat(states.stream().<Class<?>>map(PreUser::getClass).toList()).containsExactlyInAnyOrderElementsOf(permitted(PreUser.class));
        assertThat(states).extracting(PreUser::status).containsExactly(PreUserStatus.values());
        assertThat(states).filteredOn(s -> s.status().isTerminal()).containsExactlyInAnyOrder(REJECTED, CONVERTED, EXPIRED);
    }
}
