package io.finguard.adapters.crypto;

/** The stable reason codes of {@code TokenCheck.Invalid}; clients and audit may rely on them. */
final class TokenReasons {
    static final String MALFORMED = "malformed";
    static final String BAD_ALGORITHM = "bad_algorithm";
    static final String BAD_TYPE = "bad_type";
    static final String UNKNOWN_KEY = "unknown_key";
    static final String BAD_SIGNATURE = "bad_signature";
    static final String EXPIRED = "expired";
    static final String NOT_YET_VALID = "not_yet_valid";
    static final String WRONG_AUDIENCE = "wrong_audience";
    static final String WRONG_ISSUER = "wrong_issuer";
    static final String BAD_CLAIMS = "bad_claims";

    private TokenReasons() {
    }
}
