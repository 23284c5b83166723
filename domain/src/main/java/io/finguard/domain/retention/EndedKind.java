package io.finguard.domain.retention;

/**
 * The records that are deleted some time after they end. The audit log and the ledger are not among them: they are
 * never purged.
 */
public enum EndedKind {
    /** OTP challenges: ended when verified, superseded or expired, or once past their expiry (their queued codes go too). */
    OTP_CHALLENGES,
    /** Signups: unfinished ones past their expiry, expired ones, converted ones (the user holds the data now). */
    SIGNUPS,
    /** Refresh-token families (sessions): ended when revoked or past their absolute lifetime. */
    SESSIONS,
    /** Changes of number: ended when completed, superseded or expired, or once past their expiry. */
    PHONE_CHANGES,
    /** Lost-phone recoveries: ended when completed or rejected, or once past their expiry. */
    RECOVERIES,
    /** Passkey ceremony challenges: ended once past their expiry. */
    PASSKEY_CHALLENGES,
    /** Event deliveries (one per event and subscriber): ended when delivered to their subscriber. */
    DELIVERED_EVENTS,
    /** Event deliveries given up on (dead letters): ended when they died; a redelivered one is pending again, not ended. */
    DEAD_EVENTS,
    /**
     * Payment authorisations: ended when used, failed or expired; every one has ended by its expiry (five minutes after
     * it was created), which is the instant the purge reads.
     */
    PAYMENT_AUTHORIZATIONS
}
