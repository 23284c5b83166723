package io.finguard.application.phone;

import io.finguard.domain.policy.PhoneSignalPolicy;
import io.finguard.domain.port.out.UserActivity;
import io.finguard.domain.user.User;
import java.time.Clock;

/**
 * Reads whether a user is dormant: the last login or refresh recorded, or the day the user was created when none
 * was (users from before activity was recorded). Runs inside the caller's transaction.
 */
public final class Dormancy {
    private final UserActivity activity;
    private final PhoneSignalPolicy policy;
    private final Clock clock;

    public Dormancy(UserActivity activity, PhoneSignalPolicy policy, Clock clock) {
        this.activity = activity;
        this.policy = policy;
        this.clock = clock;
    }

    public boolean dormant(User user) {
        return policy.dormant(activity.lastActive(user.id()).orElse(user.facts().createdAt()), clock.instant());
    }
}
