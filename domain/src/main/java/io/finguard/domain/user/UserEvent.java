package io.finguard.domain.user;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.signup.Credentials;
import java.time.Instant;
import java.util.Objects;

/** Events a user reacts to: operator block/unblock, new credential hashes, and a move to another number. */
public sealed interface UserEvent {
    Instant at();

    /** An operator blocks the user, with the reason on record. */
    record Block(String reason, Instant at) implements UserEvent {
        public Block {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }
    }

    /** An operator lifts the block. */
    record Unblock(Instant at) implements UserEvent {
        public Unblock {
            Objects.requireNonNull(at, "at");
        }
    }

    /** New secrets chosen: sessions must be revoked by the caller. */
    record ChangeCredentials(Credentials credentials, Instant at) implements UserEvent {
        public ChangeCredentials {
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Same secrets, stronger hash parameters or a new pepper; sessions stay. */
    record Rehash(Credentials credentials, Instant at) implements UserEvent {
        public Rehash {
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The account moves to another number (change of number or recovery): the caller ends sessions and notifies. */
    record ChangePhone(PhoneNumber phone, Instant at) implements UserEvent {
        public ChangePhone {
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The number was proven by someone else who says this dormant account is not theirs: the user lets it go. */
    record ReleasePhone(Instant at) implements UserEvent {
        public ReleasePhone {
            Objects.requireNonNull(at, "at");
        }
    }
}
