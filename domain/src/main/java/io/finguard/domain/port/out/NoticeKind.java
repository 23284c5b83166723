package io.finguard.domain.port.out;

/** What a notice tells a phone's holder; the text never carries a code, a token or a number. */
public enum NoticeKind {
    /** Sent to the number an account left: the account moved to another number. */
    PHONE_NUMBER_CHANGED("Your FinGuard account was moved to a new phone number. If this was not you, contact FinGuard support at once.");

    private final String text;

    NoticeKind(String text) {
        this.text = text;
    }

    /** The message as the phone's holder reads it. */
    public String text() {
        return text;
    }
}
