package io.finguard.domain.port.in;

import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Tier;
import java.util.Objects;

/** Rotate a refresh token: a new pair; reuse outside the grace window revokes the family. */
public interface RefreshSession {

    Result refresh(Command command);

    /** The refresh token as presented; the service checks it. */
    record Command(String refreshToken) {
        public Command {
            Objects.requireNonNull(refreshToken, "refreshToken");
        }

        @Override
        public String toString() {
            return "RefreshSession.Command[redacted]";
        }
    }

    /** What the rotation came to; the caller handles every variant. */
    sealed interface Result {
        /** A new token pair; the presented refresh token is spent. */
        record Refreshed(Tier tier, SessionTokens tokens) implements Result {
        }

        /** Unknown, reused, revoked or expired token, or a blocked user: no tokens. */
        record Refused(Rejection reason) implements Result {
        }
    }
}
