package io.finguard.domain.port.in;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * "This is not my account": the holder of a number just proven, offered the choice because the account on it is
 * dormant and the device new to it, releases the number from that account and starts a fresh signup on it.
 */
public interface ReleaseNumber {

    Result release(Command command);

    /** The user and the device named by a release ticket (never by the request body). */
    record Command(UserId user, Optional<DeviceId> device) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(device, "device");
        }
    }

    /** Why the number cannot be released (any more): the account is not dormant, the device is known, it is gone. */
    enum Refusal implements CodedRefusal {
        NOT_RELEASABLE(RefusalCode.NUMBER_NOT_RELEASABLE);

        private final RefusalCode refusal;

        Refusal(RefusalCode refusal) {
            this.refusal = refusal;
        }

        @Override
        public RefusalCode refusal() {
            return refusal;
        }
    }

    /** What the release came to; the caller handles every variant. */
    sealed interface Result {
        /** The old account let the number go; the answer carries a signup ticket for the number. */
        record Released(LoginResult.OnboardingRequired signup) implements Result {
            public Released {
                Objects.requireNonNull(signup, "signup");
            }
        }

        /** Nothing changed, for {@code reason}. */
        record Refused(Refusal reason) implements Result {
            public Refused {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }
}
