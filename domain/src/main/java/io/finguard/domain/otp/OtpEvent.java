package io.finguard.domain.otp;

import java.time.Instant;
import java.util.Objects;

/** Events an OTP challenge reacts to; each carries the instant it happens at. */
public sealed interface OtpEvent {
    Instant at();

    /** A code was presented; {@code matches} is the constant-time comparison's answer. */
    record Verify(boolean matches, Instant at) implements OtpEvent {
        public Verify {
            Objects.requireNonNull(at, "at");
        }
    }

    /** A new code was sent for the same phone and purpose. */
    record Supersede(Instant at) implements OtpEvent {
        public Supersede {
            Objects.requireNonNull(at, "at");
        }
    }

    /** Time passed (a sweep or a read); a pending challenge past its lifetime expires. */
    record Tick(Instant at) implements OtpEvent {
        public Tick {
            Objects.requireNonNull(at, "at");
        }
    }
}
