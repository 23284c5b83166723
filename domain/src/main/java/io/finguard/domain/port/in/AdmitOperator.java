package io.finguard.domain.port.in;

import io.finguard.domain.model.ClientAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Operator: lets one request to the admin API through, or not. Every request is counted per caller address (wrong
 * credentials included, so the credential cannot be guessed at speed) and each one let through to the check is
 * audited with that address.
 */
public interface AdmitOperator {

    Result admit(Command command);

    /**
     * @param action          what was asked, e.g. {@code POST /v1/admin/users/{userId}/block}
     * @param credentialValid whether the request carried the operator credential (checked at the edge)
     */
    record Command(ClientAddress client, String action, boolean credentialValid) {
        public Command {
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(action, "action");
            if (action.isBlank() || action.length() > 200) {
                throw new IllegalArgumentException("action must be 1-200 characters");
            }
        }
    }

    /** What the edge does with the request: go on, answer 401, or answer 429. */
    sealed interface Result {
        /** The credential is right and the address within its limit: the request goes on (and was audited). */
        record Admitted() implements Result {
        }

        /** No or a wrong credential: refused (and audited) within the address's limit. */
        record Unauthenticated() implements Result {
        }

        /** Too many requests from this address: refused before any work, audit included. */
        record Limited(Duration retryAfter) implements Result {
            public Limited {
                Objects.requireNonNull(retryAfter, "retryAfter");
            }
        }
    }
}
