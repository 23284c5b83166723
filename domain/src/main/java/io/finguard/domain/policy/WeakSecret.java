package io.finguard.domain.policy;

/** Why a password or PIN was refused; each has a stable code for clients. */
public enum WeakSecret {
    PASSWORD_TOO_SHORT("password_too_short"),
    PASSWORD_TOO_LONG("password_too_long"),
    PASSWORD_COMMON("password_common"),
    PASSWORD_CONTAINS_PHONE("password_contains_phone"),
    PIN_FORMAT("pin_format"),
    PIN_TRIVIAL("pin_trivial"),
    PIN_COMMON("pin_common"),
    PIN_DATE("pin_date"),
    PIN_FROM_PHONE("pin_from_phone"),
    PIN_FROM_BIRTH_DATE("pin_from_birth_date");

    private final String code;

    WeakSecret(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
