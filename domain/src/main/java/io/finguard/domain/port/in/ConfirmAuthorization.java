package io.finguard.domain.port.in;

import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.passkey.PasskeyAssertion;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.util.Objects;

/**
 * Confirms a payment authorisation with one factor: PIN or password (counted toward the step-up lockout as well), the
 * SMS code stating the payment, or a passkey assertion over the payment's digest. Five wrong factors fail it.
 */
public interface ConfirmAuthorization {

    Result confirm(Command command);

    /** {@code caller} must be the authorisation's payer. */
    record Command(AccessClaims caller, AuthorizationId id, Factor factor) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(factor, "factor");
        }
    }

    /** One factor proving the payer for this payment. */
    sealed interface Factor {
        /** A PIN or password ({@code method} is PIN or PASSWORD). */
        record Secret(AuthMethod method, String secret) implements Factor {
            public Secret {
                Objects.requireNonNull(method, "method");
                Objects.requireNonNull(secret, "secret");
                if (method != AuthMethod.PIN && method != AuthMethod.PASSWORD) {
                    throw new IllegalArgumentException("a secret is a PIN or a password");
                }
            }
        }

        /** The TRANSACTION code sent by SMS for this authorisation ({@link RequestAuthorizationSms}). */
        record SmsCode(String code) implements Factor {
            public SmsCode {
                Objects.requireNonNull(code, "code");
            }
        }

        /** A WebAuthn assertion whose challenge is the payment digest. */
        record Passkey(PasskeyAssertion assertion) implements Factor {
            public Passkey {
                Objects.requireNonNull(assertion, "assertion");
            }
        }
    }

    /** What the confirmation came to. */
    sealed interface Result {
        /** The factor was right: the payment may now execute once (repeat it with Authorization-Id). */
        record Confirmed(AuthorizationView authorization) implements Result {
        }

        /** The factor was wrong; {@code attemptsLeft} more before the authorisation fails (0: it failed now). */
        record WrongFactor(int attemptsLeft) implements Result {
        }

        /** The passkey assertion was refused, for {@code reason}; it counted as a wrong factor. */
        record PasskeyRefused(PasskeyRefusal reason, int attemptsLeft) implements Result {
        }

        /** The authorisation cannot be confirmed (expired, failed, used, already confirmed). */
        record Refused(Rejection reason) implements Result {
        }

        /** No authorisation of the caller has this id. */
        record NotFound() implements Result {
        }

        /** An SMS code was presented but none was requested for this authorisation. */
        record NoCodeSent() implements Result {
        }

        /** PIN and password are locked for the caller (the step-up lockout); nothing was checked. */
        record Locked(Duration retryAfter) implements Result {
        }
    }
}
