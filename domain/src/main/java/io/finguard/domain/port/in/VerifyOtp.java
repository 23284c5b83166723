package io.finguard.domain.port.in;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.policy.Limit;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Step 4: check the code, then branch: unknown phone -> signup ticket, known phone -> login (L1-L6). */
public interface VerifyOtp {

    Result verify(Command command);

    /**
     * {@code challengeId} and {@code code} as received; the service validates both. {@code key} is the DPoP key the
     * client proved it holds (none without a proof): a known device is a key that stepped up for the user before, and
     * tokens issued are bound to it. No key is a new device.
     */
    record Command(String challengeId, String code, ClientAddress client, Optional<DeviceId> device,
                   Optional<KeyThumbprint> key) {

        /** Without a DPoP proof. */
        public Command(String challengeId, String code, ClientAddress client, Optional<DeviceId> device) {
            this(challengeId, code, client, device, Optional.empty());
        }

        public Command {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(challengeId, "challengeId");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(device, "device");
        }
    }

    /** Why a challenge can no longer be used. */
    enum Refusal implements CodedRefusal {
        EXPIRED(RefusalCode.OTP_EXPIRED),
        EXHAUSTED(RefusalCode.OTP_EXHAUSTED),
        ALREADY_USED(RefusalCode.OTP_ALREADY_USED),
        SUPERSEDED(RefusalCode.OTP_SUPERSEDED);

        private final RefusalCode refusal;

        Refusal(RefusalCode refusal) {
            this.refusal = refusal;
        }

        @Override
        public RefusalCode refusal() {
            return refusal;
        }

        /** The refusal of this use case a machine's rejection stands for; any other rejection here is a bug. */
        public static Refusal of(Rejection reason) {
            return CodedRefusal.of(Refusal.class, reason);
        }
    }

    /** What the code check came to; the caller handles every variant. */
    sealed interface Result {
        /** The phone is proven; what follows is the login result (signup tickets included). */
        record Proven(LoginResult login) implements Result {
        }

        /** The code was wrong; {@code attemptsLeft} more tries before the challenge is exhausted. */
        record WrongCode(int attemptsLeft) implements Result {
        }

        /** Expired, exhausted, already used or superseded. */
        record Refused(Refusal reason) implements Result {
        }

        /** No challenge has this id (or the id is malformed). */
        record UnknownChallenge() implements Result {
        }

        /** Too many verifications from this client, or the phone is locked; try again after {@code retryAfter}. */
        record Throttled(Limit limit, Duration retryAfter) implements Result {
        }
    }
}
