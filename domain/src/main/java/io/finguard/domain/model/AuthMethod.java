package io.finguard.domain.model;

/** Authentication methods as they appear in the {@code amr} claim (RFC 8176 names). */
public enum AuthMethod {
    /** One-time code by SMS. */
    SMS("sms"),
    /** Personal identification number. */
    PIN("pin"),
    /** Password. */
    PASSWORD("pwd");

    private final String wireName;

    AuthMethod(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
