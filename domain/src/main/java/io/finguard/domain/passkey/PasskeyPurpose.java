package io.finguard.domain.passkey;

/** What a server challenge was issued for; a challenge answers only its own purpose. */
public enum PasskeyPurpose {
    /** Creating a new passkey ({@code navigator.credentials.create()}). */
    REGISTRATION,
    /** Proving a passkey as the second factor of a step-up ({@code navigator.credentials.get()}). */
    STEP_UP
}
