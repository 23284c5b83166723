package io.finguard.domain.port.out;

import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.Optional;

/** When each user last logged in or refreshed a session, so a dormant account can be told from a live one. */
public interface UserActivity {

    /** Records activity at {@code at}; an earlier instant than the one stored leaves it unchanged. */
    void record(UserId user, Instant at);

    /** The latest activity recorded, if any (users from before activity was recorded have none). */
    Optional<Instant> lastActive(UserId user);
}
