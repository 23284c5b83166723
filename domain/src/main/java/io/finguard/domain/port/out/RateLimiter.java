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

    /**
     * Takes one step-up attempt before the slow hash, atomically: refused while step-up is locked or the account ceiling
     * holds, and while every attempt the lockout leaves is taken, by failures or by attempts still being evaluated.
     */
    StepUpAttempt reserveStepUp(UserId user);

    /**
     * The reserved attempt was a wrong PIN or password: it stays counted, and the failure that reaches the cap locks
     * step-up (longer on each repeat). Every failure counts toward the account ceiling, even one whose lock began
     * while it was being evaluated.
     */
    RateDecision recordStepUpFailure(StepUpAttempt.Reserved attempt);

    /**
     * The reserved attempt was right. Denied when a lock or the ceiling began while it was being evaluated; else the
     * attempt is given back and the consecutive-failure counts reset (the lock-growth history stays).
     */
    RateDecision recordStepUpSuccess(StepUpAttempt.Reserved attempt);

    /** The reserved attempt was never evaluated (the user may not step up, or hashing was unavailable): given back. */
    void releaseStepUp(StepUpAttempt.Reserved attempt);

    /**
     * Counts one request to a credential route (step-up, the signup's credentials and profile steps, a credential change),
     * per subject and per client network, before it does any work; a refused one counts against neither.
     */
    RateDecision allowHashing(HashingSubject subject, ClientAddress client);

    /** Counts one transfer attempt of this user, refused or not, so the route cannot be used to probe who is a customer. */
    RateDecision allowTransfer(UserId user);

    /** Counts one request to the operator API from this address, whatever its credential. */
    RateDecision allowAdmin(ClientAddress client);
}
