package io.finguard.domain.model;

/** What a one-time code proves; a code for one purpose never works for another. */
public enum OtpPurpose {
    /** Proof of phone possession at the single entry point (signup or login follows). */
    PHONE_ENTRY,
    /** Proof that a signed-in user holds the number they are moving their account to. */
    PHONE_CHANGE,
    /** Confirmation of one payment authorisation; the SMS states its amount and masked payee (PSD2 dynamic linking). */
    TRANSACTION
}
