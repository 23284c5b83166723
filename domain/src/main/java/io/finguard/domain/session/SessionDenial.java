package io.finguard.domain.session;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.RefusalCode;

/** Why a still-unexpired access token may not move money or credentials: its user is blocked, or its session ended. */
public enum SessionDenial implements CodedRefusal {
    USER_BLOCKED(RefusalCode.USER_BLOCKED),
    SESSION_REVOKED(RefusalCode.SESSION_REVOKED);

    private final RefusalCode refusal;

    SessionDenial(RefusalCode refusal) {
        this.refusal = refusal;
    }

    @Override
    public RefusalCode refusal() {
        return refusal;
    }
}
