package io.finguard.domain.port.in;

import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.UserId;
import java.util.Objects;

/** Forget one of the user's known devices: its sessions end, and its next login is a new device's. */
public interface ForgetDevice {

    Result forget(Command command);

    /** The user forgetting, and the key of the device to forget. */
    record Command(UserId user, KeyThumbprint key) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(key, "key");
        }
    }

    /** What forgetting came to; the caller handles every variant. */
    sealed interface Result {
        /** The device is forgotten and {@code sessionsEnded} live sessions bound to its key have ended. */
        record Forgotten(int sessionsEnded) implements Result {
        }

        /** The user has no known device with that key. */
        record NotKnown() implements Result {
        }
    }
}
