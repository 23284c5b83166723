package io.finguard.domain.model;

/**
 * Every stable refusal code the domain hands to clients (or to audit), spelled here and nowhere else. The per-feature
 * and per-use-case refusal types map each of their constants to one of these.
 */
public enum RefusalCode {
    // One-time codes
    OTP_EXPIRED("otp_expired"),
    OTP_EXHAUSTED("otp_exhausted"),
    OTP_ALREADY_USED("otp_already_used"),
    OTP_SUPERSEDED("otp_superseded"),
    // Signup
    SIGNUP_EXPIRED("signup_expired"),
    SIGNUP_REJECTED("signup_rejected"),
    INVALID_STATE("invalid_state"),
    // Users, accounts and sessions
    USER_UNKNOWN("user_unknown"),
    USER_BLOCKED("user_blocked"),
    ACCOUNT_MISSING("account_missing"),
    ACCOUNT_NOT_ACTIVE("account_not_active"),
    ACCOUNT_CLOSED("account_closed"),
    KYC_RESUBMISSIONS_EXHAUSTED("kyc_resubmissions_exhausted"),
    SESSION_REVOKED("session_revoked"),
    SESSION_EXPIRED("session_expired"),
    TOKEN_REUSED("token_reused"),
    TOKEN_UNKNOWN("token_unknown"),
    // Sender-constrained tokens (RFC 9449)
    INVALID_DPOP_PROOF("invalid_dpop_proof"),
    USE_DPOP_NONCE("use_dpop_nonce"),
    // Secrets
    PASSWORD_TOO_SHORT("password_too_short"),
    PASSWORD_TOO_LONG("password_too_long"),
    PASSWORD_COMMON("password_common"),
    PASSWORD_CONTAINS_PHONE("password_contains_phone"),
    PIN_FORMAT("pin_format"),
    PIN_TRIVIAL("pin_trivial"),
    PIN_COMMON("pin_common"),
    PIN_DATE("pin_date"),
    PIN_FROM_PHONE("pin_from_phone"),
    PIN_FROM_BIRTH_DATE("pin_from_birth_date"),
    // Phone numbers
    PHONE_INVALID("phone_invalid"),
    PHONE_NOT_MOBILE("phone_not_mobile"),
    PHONE_COUNTRY_NOT_ALLOWED("phone_country_not_allowed"),
    // Phone lifecycle: change of number and lost-phone recovery
    PHONE_NOT_ACCEPTED("phone_not_accepted"),
    RECOVERY_REFUSED("recovery_refused"),
    RECOVERY_EXPIRED("recovery_expired"),
    COOLING_OFF("cooling_off"),
    // Money
    INSUFFICIENT_TIER("insufficient_tier"),
    INSUFFICIENT_SCOPE("insufficient_scope"),
    STEP_UP_REQUIRED("step_up_required"),
    RECIPIENT_NOT_ACTIVE("recipient_not_active"),
    SAME_ACCOUNT("same_account"),
    INVALID_AMOUNT("invalid_amount"),
    CURRENCY_MISMATCH("currency_mismatch"),
    DAILY_LIMIT_EXCEEDED("daily_limit_exceeded"),
    INSUFFICIENT_FUNDS("insufficient_funds"),
    // Transaction authorisation (PSD2 dynamic linking)
    SCA_REQUIRED("sca_required"),
    AUTHORIZATION_EXPIRED("authorization_expired"),
    AUTHORIZATION_FAILED("authorization_failed"),
    AUTHORIZATION_USED("authorization_used"),
    AUTHORIZATION_NOT_CONFIRMED("authorization_not_confirmed"),
    AUTHORIZATION_MISMATCH("authorization_mismatch"),
    RECIPIENT_BALANCE_CAP("recipient_balance_cap"),
    BALANCE_CAP("balance_cap"),
    // Passkeys (WebAuthn)
    PASSKEY_INVALID("passkey_invalid"),
    PASSKEY_WRONG_ORIGIN("passkey_wrong_origin"),
    PASSKEY_WRONG_RP_ID("passkey_wrong_rp_id"),
    PASSKEY_WRONG_CHALLENGE("passkey_wrong_challenge"),
    PASSKEY_USER_NOT_VERIFIED("passkey_user_not_verified"),
    PASSKEY_UNKNOWN("passkey_unknown"),
    PASSKEY_SIGN_COUNT_REGRESSED("passkey_sign_count_regressed"),
    PASSKEY_CHALLENGE_MISSING("passkey_challenge_missing"),
    PASSKEY_ALREADY_REGISTERED("passkey_already_registered"),
    PASSKEY_LIMIT_REACHED("passkey_limit_reached"),
    SIM_SWAP_HOLD("sim_swap_hold"),
    // Phone lifecycle
    PASSWORD_REQUIRED("password_required"),
    NUMBER_NOT_RELEASABLE("number_not_releasable"),
    // Presented tokens (why TokenCheck refused one; not sent to clients, who see invalid_token)
    MALFORMED("malformed"),
    BAD_ALGORITHM("bad_algorithm"),
    WRONG_TYPE("wrong_type"),
    UNKNOWN_KEY("unknown_key"),
    BAD_SIGNATURE("bad_signature"),
    EXPIRED("expired"),
    NOT_YET_VALID("not_yet_valid"),
    WRONG_AUDIENCE("wrong_audience"),
    WRONG_ISSUER("wrong_issuer"),
    BAD_CLAIMS("bad_claims");

    private final String code;

    RefusalCode(String code) {
        this.code = code;
    }

    /** The code as clients see it, e.g. in a problem's {@code code} member. */
    public String code() {
        return code;
    }
}
