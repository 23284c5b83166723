package io.finguard.domain.port.in;

import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Tier;
import java.util.Objects;

/** Rotate a refresh token: a new pair; reuse outside the grace window revokes the family. */
public interface RefreshSession {

    Result refresh(Command command);

    record Command(String refreshToken) {
        public Command {
            Objects.requireNonNull(refreshToken, "refreshToken");
        }

        @Override
        public String toString() {
            return "RefreshSession.Command[redacted]";
        }
    }

    sealed interface Result {
        record Refreshed(Tier tier, SessionTokens tokens) implements Result {
        }

        /** Unknown, reused, revoked or expired token, or a blocked user: no tokens. */
        record Refused(Rejection reason) implements Result {
        }
    }
}
