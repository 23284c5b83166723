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
        record Sent(ChallengeId challenge, Duration expiresIn, Duration resendAfter) implements Result {
        }

        record InvalidPhone(PhoneProblem problem) implements Result {
        }

        record Throttled(Limit limit, Duration retryAfter) implements Result {
        }
    }
}
