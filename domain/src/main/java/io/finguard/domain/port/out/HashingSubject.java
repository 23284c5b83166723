package io.finguard.domain.port.out;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.UserId;
import java.util.Objects;

/** Whose request runs slow hashes, for the per-subject hashing limit: a user, or a signup that is not a user yet. */
public sealed interface HashingSubject {

    /** A user's step-up or credential change. */
    record OfUser(UserId user) implements HashingSubject {
        public OfUser {
            Objects.requireNonNull(user, "user");
        }
    }

    /** A signup's credentials or profile step. */
    record OfSignup(PreUserId signup) implements HashingSubject {
        public OfSignup {
            Objects.requireNonNull(signup, "signup");
        }
    }

    /** A lost-phone recovery naming this old number, whether or not a user holds it. */
    record OfRecoveredPhone(PhoneNumber phone) implements HashingSubject {
        public OfRecoveredPhone {
            Objects.requireNonNull(phone, "phone");
        }
    }
}
