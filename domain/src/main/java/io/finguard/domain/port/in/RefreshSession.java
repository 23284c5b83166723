package io.finguard.domain.port.in;

import io.finguard.domain.model.RefusalCode;
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

    /** Why a refresh token gives no new tokens. */
    enum Refusal {
        TOKEN_UNKNOWN(RefusalCode.TOKEN_UNKNOWN),
        TOKEN_REUSED(RefusalCode.TOKEN_REUSED),
        SESSION_REVOKED(RefusalCode.SESSION_REVOKED),
        SESSION_EXPIRED(RefusalCode.SESSION_EXPIRED),
        USER_BLOCKED(RefusalCode.USER_BLOCKED);

        private final RefusalCode refusal;

        Refusal(RefusalCode refusal) {
            this.refusal = refusal;
        }

        public RefusalCode refusal() {
            return refusal;
        }

        public String code() {
            return refusal.code();
        }

        /** The refusal of this use case a machine's rejection stands for; any other rejection here is a bug. */
        public static Refusal of(Rejection reason) {
            for (Refusal candidate : values()) {
                if (candidate.refusal == reason.refusal()) {
                    return candidate;
                }
            }
            throw new IllegalArgumentException(reason + " is not a refusal of RefreshSession");
        }
    }

    /** What the rotation came to; the caller handles every variant. */
    sealed interface Result {
        /** A new token pair; the presented refresh token is spent. */
        record Refreshed(Tier tier, SessionTokens tokens) implements Result {
        }

        /** Unknown, reused, revoked or expired token, or a blocked user: no tokens. */
        record Refused(Refusal reason) implements Result {
        }
    }
}
