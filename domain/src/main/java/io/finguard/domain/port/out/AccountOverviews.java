package io.finguard.domain.port.out;

import io.finguard.domain.account.Account;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import io.finguard.domain.user.User;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user and their account read together as one consistent snapshot: with what the account sent since an instant, the
 * read model of GET /v1/me; without it, the holder a refresh checks. The caller needs no transaction (on PostgreSQL each
 * read is one statement, one round trip, with its own snapshot); called inside one, it takes part in it.
 */
public interface AccountOverviews {

    /** The owner's overview; empty when the user or their account does not exist. */
    Optional<AccountOverview> of(UserId owner, Instant sentSince, String currency);

    /** The user and their account if they have one; empty when there is no such user. */
    Optional<Holder> holder(UserId user);

    /** A user and, once onboarding opened it, their account. */
    record Holder(User user, Optional<Account> account) {
        public Holder {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(account, "account");
            if (account.isPresent() && !account.get().core().owner().equals(user.id())) {
                throw new IllegalArgumentException("the account belongs to another user");
            }
        }
    }

    /** The user, their account, and the sum of the account's outgoing transfers in the currency since the instant. */
    record AccountOverview(User user, Account account, Money sent) {
        public AccountOverview {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(sent, "sent");
            if (!account.core().owner().equals(user.id())) {
                throw new IllegalArgumentException("the account belongs to another user");
            }
        }
    }
}
