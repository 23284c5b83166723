package io.finguard.domain.policy;

import io.finguard.domain.account.Account;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.user.User;
import java.util.Objects;
import java.util.Optional;

/**
 * What L1-L4 look at after the phone is proven: the user with that phone and their account (if any),
 * the phone's live signup (if any), whether the device is known, whether authentication failed recently, and the
 * phone's signals (dormant account, SIM swap).
 */
public record LoginFacts(Optional<User> user, Optional<Account> account, Optional<PreUser> liveSignup,
                         boolean knownDevice, boolean recentFailures, PhoneSignals signals) {
    public LoginFacts {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(liveSignup, "liveSignup");
        Objects.requireNonNull(signals, "signals");
    }

    /** Facts with nothing unusual about the phone. */
    public LoginFacts(Optional<User> user, Optional<Account> account, Optional<PreUser> liveSignup, boolean knownDevice,
                      boolean recentFailures) {
        this(user, account, liveSignup, knownDevice, recentFailures, PhoneSignals.none());
    }
}
