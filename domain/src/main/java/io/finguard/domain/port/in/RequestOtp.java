package io.finguard.domain.port.in;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.policy.Limit;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Step 1-3 of the entry: validate the phone, run the abuse checks, issue a challenge and queue the code. */
public interface RequestOtp {

    Result request(Command command);

    /** {@code phone} as typed: E.164, or national digits with a region hint such as "DE". */
    record Command(String phone, Optional<String> region, ClientAddress client) {
        public Command {
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(client, "client");
        }
    }

    /** Identical for registered and unknown numbers. */
    sealed interface Result {
        /**
         * A challenge was opened and its code queued; the code expires in {@code expiresIn}, a resend is allowed after
         * {@code resendAfter}.
         */
        record Sent(ChallengeId challenge, Duration expiresIn, Duration resendAfter) implements Result {
        }

        /** The number cannot be used: malformed, not a mobile number, or a country not allowed. */
        record InvalidPhone(PhoneProblem problem) implements Result {
        }

        /** A rate limit refused the send; try again after {@code retryAfter}. */
        record Throttled(Limit limit, Duration retryAfter) implements Result {
        }
    }
}
