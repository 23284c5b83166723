package io.finguard.domain.session;

/** Why a still-unexpired access token may not move money or credentials: its user is blocked, or its session ended. */
public enum SessionDenial {
    USER_BLOCKED("user_blocked"),
    SESSION_REVOKED("session_revoked");

    private final String code;

    SessionDenial(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
