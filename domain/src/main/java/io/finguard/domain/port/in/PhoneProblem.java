package io.finguard.domain.port.in;

/** Why a phone number was refused at the entry, with a stable code. */
public enum PhoneProblem {
    MALFORMED("phone_invalid"),
    NOT_MOBILE("phone_not_mobile"),
    COUNTRY_NOT_ALLOWED("phone_country_not_allowed");

    private final String code;

    PhoneProblem(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
