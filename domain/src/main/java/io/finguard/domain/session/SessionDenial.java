package io.finguard.domain.session;

import io.finguard.domain.model.RefusalCode;

/** Why a still-unexpired access token may not move money or credentials: its user is blocked, or its session ended. */
public enum SessionDenial {
    USER_BLOCKED(RefusalCode.USER_BLOCKED),
    SESSION_REVOKED(RefusalCode.SESSION_REVOKED);

    private final RefusalCode refusal;

    SessionDenial(RefusalCode refusal) {
        this.refusal = refusal;
    }

    public RefusalCode refusal() {
        return refusal;
    }

    public String code() {
        return refusal.code();
    }
}
