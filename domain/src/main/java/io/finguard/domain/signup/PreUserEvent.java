package io.finguard.domain.signup;

import io.finguard.domain.model.PinTag;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.RiskAssessment;
import java.time.Instant;
import java.util.Objects;

/** Events of the signup flow, S2 to S5 plus the operator's decision and the passing of time. */
public sealed interface PreUserEvent {
    Instant at();

    /** S2: hashed password and PIN, and the PIN's tag. */
    record SetCredentials(Credentials credentials, PinTag pinTag, Instant at) implements PreUserEvent {
        public SetCredentials {
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(pinTag, "pinTag");
            Objects.requireNonNull(at, "at");
        }
    }

    /** S3: legal name, birth date, address. */
    record CompleteProfile(Profile profile, Instant at) implements PreUserEvent {
        public CompleteProfile {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(at, "at");
        }
    }

    /** S4: the risk engine's answer; {@code newUserId} names the user created if it approves. */
    record Assess(RiskAssessment assessment, UserId newUserId, Instant at) implements PreUserEvent {
        public Assess {
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(newUserId, "newUserId");
            Objects.requireNonNull(at, "at");
        }
    }

    /** An operator's decision on a signup under review. */
    record Decide(boolean approve, UserId newUserId, Instant at) implements PreUserEvent {
        public Decide {
            Objects.requireNonNull(newUserId, "newUserId");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Time passed; an unfinished signup past its lifetime expires. */
    record Tick(Instant at) implements PreUserEvent {
        public Tick {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The proven number goes to an existing account instead (lost-phone recovery): an unfinished signup ends. */
    record Withdraw(Instant at) implements PreUserEvent {
        public Withdraw {
            Objects.requireNonNull(at, "at");
        }
    }
}
