package io.finguard.domain.port.in;

import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.policy.Limit;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who proved a new, unknown number (and so holds a signup ticket) but lost the old one asks to move their
 * account: the old number and the account password must match, then a fresh identity check starts.
 */
public interface RequestRecovery {

    Result request(Command command);

    /** The signup of the proven new number, the old number as typed, the password, and documents for the identity check. */
    record Command(PreUserId signup, String oldPhone, Optional<String> region, String password, KycDocuments documents,
                   ClientAddress client) {
        public Command {
            Objects.requireNonNull(signup, "signup");
            Objects.requireNonNull(oldPhone, "oldPhone");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(documents, "documents");
            Objects.requireNonNull(client, "client");
        }

        @Override
        public String toString() {
            return "RequestRecovery.Command[" + signup + ", redacted]";
        }
    }

    /** What the request came to; the caller handles every variant. */
    sealed interface Result {
        /** The identity check started (or was decided at once); the view says where the recovery stands. */
        record Started(RecoveryView recovery) implements Result {
        }

        /**
         * Wrong password, unknown or malformed old number, a blocked account, or an account with a recovery already
         * open: one answer for all.
         */
        record Refused() implements Result {
        }

        /** The ticket's signup is not an unfinished one (it ended, is under review, or a recovery for its number is open). */
        record SignupNotOpen() implements Result {
        }

        /** Too many attempts for this old number or from this client network; try again after {@code retryAfter}. */
        record Throttled(Limit limit, Duration retryAfter) implements Result {
        }
    }
}
