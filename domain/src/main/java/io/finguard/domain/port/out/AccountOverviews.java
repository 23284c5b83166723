package io.finguard.domain.port.out;

import io.finguard.domain.account.Account;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import io.finguard.domain.user.User;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user, their account and what the account sent since an instant, read together as one consistent snapshot: the
 * read model of GET /v1/me. The caller needs no transaction (on PostgreSQL it is one statement, one round trip, with
 * its own snapshot); called inside one, it takes part in it.
 */
public interface AccountOverviews {

    /** The owner's overview; empty when the user or their account does not exist. */
    Optional<AccountOverview> of(UserId owner, Instant sentSince, String currency);

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
