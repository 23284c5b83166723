package io.finguard.domain.port.out;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.UserId;

/**
 * Counters and locks against brute force and SMS pumping (security.md). Each method is one atomic
 * check-and-count; limits are global across instances. Throws {@link DependencyUnavailableException}
 * when the store behind it cannot answer in time: callers fail closed.
 */
public interface RateLimiter {

    /**
     * Counts one code send: per-phone cooldown, burst and daily caps, sends per client network and per coarse
     * network, per-prefix and global budget.
     */
    RateDecision allowOtpSend(PhoneNumber phone, ClientAddress client);

    /** Counts one verification attempt from this client's network and coarse network; refuses while the phone is locked. */
    RateDecision allowOtpVerify(PhoneNumber phone, ClientAddress client);

    /** Records a wrong code for the phone; the failure that reaches the cap locks the phone (and is denied). */
    RateDecision recordOtpFailure(PhoneNumber phone);

    /** Refuses while the user's step-up is locked or the account-wide failure ceiling is reached. */
    RateDecision allowStepUp(UserId user);

    /** Records a wrong PIN or password; locks step-up (longer on each repeat) and counts toward the ceiling. */
    RateDecision recordStepUpFailure(UserId user);

    /** A correct step-up resets the consecutive-failure counts; the lock-growth history stays. */
    void recordStepUpSuccess(UserId user);

    /** Counts one transfer attempt of this user, refused or not, so the route cannot be used to probe who is a customer. */
    RateDecision allowTransfer(UserId user);

    /** Counts one request to the operator API from this address, whatever its credential. */
    RateDecision allowAdmin(ClientAddress client);
}
