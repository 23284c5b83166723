package io.finguard.domain.port.in;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The code sent to the new number comes back: in one transaction the phone claim moves, every other session of the
 * user ends, the old number is notified and the cooling-off begins.
 */
public interface ConfirmPhoneChange {

    Result confirm(Command command);

    /** {@code challengeId} and {@code code} as received; the service validates both. */
    record Command(AccessClaims caller, String challengeId, String code, ClientAddress client) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(challengeId, "challengeId");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(client, "client");
        }

        @Override
        public String toString() {
            return "ConfirmPhoneChange.Command[" + caller.subject() + ", " + challengeId + ", redacted]";
        }
    }

    /** Why the change's code can no longer be used. */
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

    /** What the confirmation came to; the caller handles every variant. */
    sealed interface Result {
        /** The account is on the new number; transfers are refused until {@code coolingOffUntil}. */
        record Changed(String maskedPhone, Instant coolingOffUntil, int sessionsEnded) implements Result {
        }

        /** The code was wrong; {@code attemptsLeft} more tries. */
        record WrongCode(int attemptsLeft) implements Result {
        }

        /** Expired, exhausted, already used or superseded. */
        record Refused(Refusal reason) implements Result {
        }

        /** The caller has no change proven by this challenge (unknown id, another user's, or a code of another purpose). */
        record UnknownChange() implements Result {
        }

        /** The new number was taken (by another user or a signup) before the change completed; nothing changed. */
        record NotAccepted() implements Result {
        }

        /**
         * The account's current number was swapped to another SIM inside the window ({@code sim_swap_hold}), or the
         * network could not say and the session was not stepped up by password ({@code password_required}): the number
         * is held like money, nothing changed.
         */
        record Held(CodedRefusal reason) implements Result {
        }

        /** The token's user is blocked or its session has ended. */
        record SessionNotLive(SessionDenial reason) implements Result {
        }

        /** Too many verifications from this client, or the number is locked; try again after {@code retryAfter}. */
        record Throttled(Limit limit, Duration retryAfter) implements Result {
        }
    }
}
