package io.finguard.domain.signup;

import io.finguard.domain.model.PinTag;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.RiskAssessment;
import io.finguard.domain.policy.RiskReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A signup in progress (S1-S5). Each state is its own type holding exactly what has been collected
 * so far. Steps may be repeated where a client retry is natural (credentials in S2, profile in S3);
 * steps out of order are refused with INVALID_STATE; an abandoned signup expires (any step then is refused, and
 * the expiry is to be saved).
 */
public sealed interface PreUser {

    PreUserFacts facts();

    long version();

    PreUserStatus status();

    Transition<PreUser> on(PreUserEvent event);

    /** S1: an unknown phone just proved possession. */
    static Created start(PreUserFacts facts) {
        return new Created(facts, 0);
    }

    /** S1: phone proven, nothing else yet. */
    record Created(PreUserFacts facts, long version) implements PreUser {
        public Created {
            Objects.requireNonNull(facts, "facts");
        }

        @Override
        public PreUserStatus status() {
            return PreUserStatus.CREATED;
        }

        @Override
        public Transition<PreUser> on(PreUserEvent event) {
            return Lifecycle.unlessAbandoned(this, event, () -> switch (event) {
                case PreUserEvent.SetCredentials e -> Transition.moved(new CredentialsSet(facts, version, e.credentials(), e.pinTag()));
                case PreUserEvent.CompleteProfile e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case PreUserEvent.Assess e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case PreUserEvent.Decide e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case PreUserEvent.Tick e -> Transition.stayed(this);
                case PreUserEvent.Withdraw e -> Transition.moved(new Expired(facts, version));
            });
        }
    }

    /** S2: password and PIN stored as hashes, and the PIN's tag for the birth-date check of S3. */
    record CredentialsSet(PreUserFacts facts, long version, Credentials credentials, PinTag pinTag) implements PreUser {
        public CredentialsSet {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(pinTag, "pinTag");
        }

        @Override
        public PreUserStatus status() {
            return PreUserStatus.CREDENTIALS_SET;
        }

        @Override
        public Transition<PreUser> on(PreUserEvent event) {
            return Lifecycle.unlessAbandoned(this, event, () -> switch (event) {
                case PreUserEvent.SetCredentials e -> Transition.moved(new CredentialsSet(facts, version, e.credentials(), e.pinTag()));
                case PreUserEvent.CompleteProfile e ->
                        Transition.moved(new ProfileCompleted(facts, version, credentials, pinTag, e.profile()));
                case PreUserEvent.Assess e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case PreUserEvent.Decide e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case PreUserEvent.Tick e -> Transition.stayed(this);
                case PreUserEvent.Withdraw e -> Transition.moved(new Expired(facts, version));
            });
        }
    }

    /** S3: profile given; ready for the risk gate. The PIN's tag stays while the profile may still change. */
    record ProfileCompleted(PreUserFacts facts, long version, Credentials credentials, PinTag pinTag, Profile profile)
            implements PreUser {
        public ProfileCompleted {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(pinTag, "pinTag");
            Objects.requireNonNull(profile, "profile");
        }

        @Override
        public PreUserStatus status() {
            return PreUserStatus.PROFILE_COMPLETED;
        }

        @Override
        public Transition<PreUser> on(PreUserEvent event) {
            return Lifecycle.unlessAbandoned(this, event, () -> switch (event) {
                case PreUserEvent.SetCredentials e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case PreUserEvent.CompleteProfile e ->
                        Transition.moved(new ProfileCompleted(facts, version, credentials, pinTag, e.profile()));
                case PreUserEvent.Assess e -> switch (e.assessment()) {
                    case RiskAssessment.Approve a -> Transition.moved(new Converted(facts, version, credentials, profile, e.newUserId(), e.at()));
                    case RiskAssessment.Review r -> Transition.moved(new UnderReview(facts, version, credentials, profile, r.reasons()));
                    case RiskAssessment.Reject r -> Transition.moved(new Rejected(facts, version, r.reasons(), e.at()));
                };
                case PreUserEvent.Decide e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case PreUserEvent.Tick e -> Transition.stayed(this);
                case PreUserEvent.Withdraw e -> Transition.moved(new Expired(facts, version));
            });
        }
    }

    /** S4 REVIEW: waiting for an operator; does not lapse while waiting. */
    record UnderReview(PreUserFacts facts, long version, Credentials credentials, Profile profile, List<RiskReason> reasons)
            implements PreUser {
        public UnderReview {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(profile, "profile");
            reasons = List.copyOf(reasons);
        }

        @Override
        public PreUserStatus status() {
            return PreUserStatus.UNDER_REVIEW;
        }

        /** Review reasons alone never reject; the record must say an operator did, for audit and support. */
        private List<RiskReason> operatorRejection() {
            List<RiskReason> withDecision = new ArrayList<>(reasons);
            withDecision.add(RiskReason.OPERATOR_DECISION);
            return withDecision;
        }

        @Override
        public Transition<PreUser> on(PreUserEvent event) {
            return switch (event) {
                case PreUserEvent.Decide e when e.approve() ->
                        Transition.moved(new Converted(facts, version, credentials, profile, e.newUserId(), e.at()));
                case PreUserEvent.Decide e -> Transition.moved(new Rejected(facts, version, operatorRejection(), e.at()));
                case PreUserEvent.Tick e -> Transition.stayed(this);
                case PreUserEvent.SetCredentials e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case PreUserEvent.CompleteProfile e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case PreUserEvent.Assess e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case PreUserEvent.Withdraw e -> Transition.rejected(this, Rejection.INVALID_STATE);
            };
        }
    }

    /** Terminal: the risk gate or an operator said no; no account is made. */
    record Rejected(PreUserFacts facts, long version, List<RiskReason> reasons, Instant rejectedAt) implements PreUser {
        public Rejected {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(rejectedAt, "rejectedAt");
            reasons = List.copyOf(reasons);
        }

        @Override
        public PreUserStatus status() {
            return PreUserStatus.REJECTED;
        }

        @Override
        public Transition<PreUser> on(PreUserEvent event) {
            return event instanceof PreUserEvent.Tick ? Transition.stayed(this) : Transition.rejected(this, Rejection.INVALID_STATE);
        }
    }

    /** Terminal S5: a user and a LIMITED account were made from this record. */
    record Converted(PreUserFacts facts, long version, Credentials credentials, Profile profile, UserId userId, Instant convertedAt)
            implements PreUser {
        public Converted {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(convertedAt, "convertedAt");
        }

        @Override
        public PreUserStatus status() {
            return PreUserStatus.CONVERTED;
        }

        @Override
        public Transition<PreUser> on(PreUserEvent event) {
            return event instanceof PreUserEvent.Tick ? Transition.stayed(this) : Transition.rejected(this, Rejection.INVALID_STATE);
        }
    }

    /** Terminal: abandoned past its lifetime before reaching the risk gate. */
    record Expired(PreUserFacts facts, long version) implements PreUser {
        public Expired {
            Objects.requireNonNull(facts, "facts");
        }

        @Override
        public PreUserStatus status() {
            return PreUserStatus.EXPIRED;
        }

        @Override
        public Transition<PreUser> on(PreUserEvent event) {
            return event instanceof PreUserEvent.Tick ? Transition.stayed(this) : Transition.rejected(this, Rejection.SIGNUP_EXPIRED);
        }
    }
}
