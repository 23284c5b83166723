package io.finguard.domain.port.in;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Tier;
import java.util.Objects;
import java.util.Optional;

/** Rotate a refresh token: a new pair; reuse outside the grace window revokes the family. */
public interface RefreshSession {

    Result refresh(Command command);

    /**
     * The refresh token as presented, and the DPoP key the client proved it holds with this request (none without a
     * proof); a family bound to a key refreshes only for that key.
     */
    record Command(String refreshToken, Optional<KeyThumbprint> key) {

        /** Without a DPoP proof. */
        public Command(String refreshToken) {
            this(refreshToken, Optional.empty());
        }

        public Command {
            Objects.requireNonNull(refreshToken, "refreshToken");
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return "RefreshSession.Command[redacted]";
        }
    }

    /** Why a refresh token gives no new tokens. */
    enum Refusal implements CodedRefusal {
        TOKEN_UNKNOWN(RefusalCode.TOKEN_UNKNOWN),
        TOKEN_REUSED(RefusalCode.TOKEN_REUSED),
        SESSION_REVOKED(RefusalCode.SESSION_REVOKED),
        SESSION_EXPIRED(RefusalCode.SESSION_EXPIRED),
        USER_BLOCKED(RefusalCode.USER_BLOCKED),
        /** The family is bound to a DPoP key and this request proved another key, or none (nothing was spent). */
        KEY_MISMATCH(RefusalCode.INVALID_DPOP_PROOF);

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
