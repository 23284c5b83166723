package io.finguard.adapters.web;

/**
 * The codes the HTTP edge answers with on its own: protocol answers (malformed bodies, tokens, sizes, limits) and
 * lookups that find nothing. Each is spelled here once; the codes of domain refusals are spelled once in the domain's
 * {@link io.finguard.domain.model.RefusalCode}, and no code is in both.
 */
public enum ProblemCode {
    DEAD_EVENT_NOT_FOUND("dead_event_not_found"),
    DEVICE_NOT_FOUND("device_not_found"),
    IDEMPOTENCY_KEY_REUSED("idempotency_key_reused"),
    INTERNAL_ERROR("internal_error"),
    INVALID_TOKEN("invalid_token"),
    KYC_REFERENCE_UNKNOWN("kyc_reference_unknown"),
    MALFORMED_JSON("malformed_json"),
    MALFORMED_REQUEST("malformed_request"),
    METHOD_NOT_ALLOWED("method_not_allowed"),
    NO_PASSKEY("no_passkey"),
    NOT_FOUND("not_found"),
    OTP_ALREADY_SENT("otp_already_sent"),
    OTP_INVALID("otp_invalid"),
    OTP_UNKNOWN("otp_unknown"),
    PAYLOAD_TOO_LARGE("payload_too_large"),
    PHONE_CHANGE_UNKNOWN("phone_change_unknown"),
    RATE_LIMITED("rate_limited"),
    RECIPIENT_NOT_FOUND("recipient_not_found"),
    RECOVERY_UNKNOWN("recovery_unknown"),
    SECRET_INVALID("secret_invalid"),
    SERVICE_UNAVAILABLE("service_unavailable"),
    SIGNATURE_INVALID("signature_invalid"),
    SESSION_NOT_FOUND("session_not_found"),
    SIGNUP_NOT_FOUND("signup_not_found"),
    STEP_UP_LOCKED("step_up_locked"),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"),
    USER_NOT_FOUND("user_not_found"),
    VALIDATION_FAILED("validation_failed");

    private final String code;

    ProblemCode(String code) {
        this.code = code;
    }

    /** The stable machine code of the problem+json body. */
    public String code() {
        return code;
    }
}
