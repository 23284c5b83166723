package io.finguard.domain.model;

/** Authentication methods as they appear in the {@code amr} claim (RFC 8176 names). */
public enum AuthMethod {
    /** One-time code by SMS. */
    SMS("sms"),
    /** Personal identification number. */
    PIN("pin"),
    /** Password. */
    PASSWORD("pwd"),
    /**
     * A passkey (WebAuthn assertion with user verification): {@code pop}, proof of possession of a key. Not
     * {@code hwk}: with attestation {@code none} the server cannot know the key is hardware-bound (synced passkeys
     * are not).
     */
    PASSKEY("pop");

    private final String wireName;

    AuthMethod(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
