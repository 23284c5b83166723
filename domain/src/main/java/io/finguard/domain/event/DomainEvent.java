package io.finguard.domain.event;

import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.RecoveryId;
import io.finguard.domain.model.TransferId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.session.RevocationReason;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The catalogue of facts other services hear about (docs/integration.md): one record per event type, each about one
 * user. Payloads carry ids, enums and masked phones only, never a secret, code, token or full phone number.
 */
public sealed interface DomainEvent {

    /** The CloudEvents {@code type}, e.g. {@code user.created}. */
    String type();

    /** Whose event it is: deliveries are ordered per user. */
    UserId user();

    /** When it happened. */
    Instant at();

    /** The payload beside the user id: a flat map of strings (amounts in minor units). */
    Map<String, String> data();

    /** A signup became a user with an account. */
    record UserCreated(UserId user, Instant at, String tier) implements DomainEvent {
        public UserCreated {
            require(user, at, tier);
        }

        public String type() {
            return "user.created";
        }

        public Map<String, String> data() {
            return Map.of("tier", tier);
        }
    }

    /** A verified KYC raised the account's tier. */
    record AccountUpgraded(UserId user, Instant at, String tier) implements DomainEvent {
        public AccountUpgraded {
            require(user, at, tier);
        }

        public String type() {
            return "account.upgraded";
        }

        public Map<String, String> data() {
            return Map.of("tier", tier);
        }
    }

    /** Documents went to the KYC provider under {@code reference}. */
    record KycSubmitted(UserId user, Instant at, String reference) implements DomainEvent {
        public KycSubmitted {
            require(user, at, reference);
        }

        public String type() {
            return "kyc.submitted";
        }

        public Map<String, String> data() {
            return Map.of("reference", reference);
        }
    }

    /** The provider's decision on a submission ({@code status} VERIFIED or REJECTED). */
    record KycDecided(UserId user, Instant at, String reference, String status) implements DomainEvent {
        public KycDecided {
            require(user, at, reference, status);
        }

        public String type() {
            return "kyc.decided";
        }

        public Map<String, String> data() {
            return Map.of("reference", reference, "status", status);
        }
    }

    /** An operator blocked the user (every session ended with it). The operator's free-text reason stays in the audit log. */
    record UserBlocked(UserId user, Instant at) implements DomainEvent {
        public UserBlocked {
            require(user, at);
        }

        public String type() {
            return "user.blocked";
        }

        public Map<String, String> data() {
            return Map.of();
        }
    }

    /** An operator lifted a block. */
    record UserUnblocked(UserId user, Instant at) implements DomainEvent {
        public UserUnblocked {
            require(user, at);
        }

        public String type() {
            return "user.unblocked";
        }

        public Map<String, String> data() {
            return Map.of();
        }
    }

    /** A session (refresh family) ended: its access tokens are refused from now on. */
    record SessionRevoked(UserId user, Instant at, FamilyId session, RevocationReason reason) implements DomainEvent {
        public SessionRevoked {
            require(user, at, session, reason);
        }

        public String type() {
            return "session.revoked";
        }

        public Map<String, String> data() {
            return Map.of("session", session.toString(), "reason", reason.name());
        }
    }

    /** The user changed the password, the PIN or both (which ones, never the values). */
    record CredentialsChanged(UserId user, Instant at, boolean password, boolean pin) implements DomainEvent {
        public CredentialsChanged {
            require(user, at);
        }

        public String type() {
            return "credentials.changed";
        }

        public Map<String, String> data() {
            return Map.of("password", Boolean.toString(password), "pin", Boolean.toString(pin));
        }
    }

    /** Money left the user's account for another user's. */
    record TransferCompleted(UserId user, Instant at, TransferId transfer, Money amount) implements DomainEvent {
        public TransferCompleted {
            require(user, at, transfer, amount);
        }

        public String type() {
            return "transfer.completed";
        }

        public Map<String, String> data() {
            return Map.of("transfer", transfer.toString(), "amountMinor", Long.toString(amount.minor()),
                    "currency", amount.currency());
        }
    }

    /** The account moved to another number (change of number or completed recovery); both numbers masked. */
    record PhoneChanged(UserId user, Instant at, PhoneNumber from, PhoneNumber to) implements DomainEvent {
        public PhoneChanged {
            require(user, at, from, to);
        }

        public String type() {
            return "phone.changed";
        }

        public Map<String, String> data() {
            return Map.of("from", from.masked(), "to", to.masked());
        }
    }

    /** A dormant account let go of its number to the number's new holder (masked). */
    record NumberReleased(UserId user, Instant at, PhoneNumber phone) implements DomainEvent {
        public NumberReleased {
            require(user, at, phone);
        }

        public String type() {
            return "phone.released";
        }

        public Map<String, String> data() {
            return Map.of("phone", phone.masked());
        }
    }

    /** An operator approved or refused a lost-phone recovery. */
    record RecoveryDecided(UserId user, Instant at, RecoveryId recovery, boolean approved) implements DomainEvent {
        public RecoveryDecided {
            require(user, at, recovery);
        }

        public String type() {
            return "recovery.decided";
        }

        public Map<String, String> data() {
            return Map.of("recovery", recovery.toString(), "approved", Boolean.toString(approved));
        }
    }

    private static void require(Object... parts) {
        for (Object part : parts) {
            Objects.requireNonNull(part, "every field of an event is required");
        }
    }
}
