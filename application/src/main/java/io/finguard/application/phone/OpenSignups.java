package io.finguard.application.phone;

import io.finguard.domain.model.PreUserId;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.signup.PreUser;
import java.time.Clock;
import java.util.Optional;

/**
 * The signup a recovery starts from: the ticket's PreUser, locked, while it is still being filled in (S1-S3, not past
 * its lifetime). Under review or ended, it cannot hand its number to an existing account.
 */
final class OpenSignups {
    private final PreUsers preUsers;
    private final Clock clock;

    OpenSignups(PreUsers preUsers, Clock clock) {
        this.preUsers = preUsers;
        this.clock = clock;
    }

    Optional<PreUser> lockOpen(PreUserId id) {
        return preUsers.lock(id).filter(p -> switch (p) {
            case PreUser.Created c -> true;
            case PreUser.CredentialsSet c -> true;
            case PreUser.ProfileCompleted c -> true;
            case PreUser.UnderReview r -> false;
            case PreUser.Rejected r -> false;
            case PreUser.Converted c -> false;
            case PreUser.Expired e -> false;
        }).filter(p -> !p.facts().isAbandonedAt(clock.instant()));
    }
}
