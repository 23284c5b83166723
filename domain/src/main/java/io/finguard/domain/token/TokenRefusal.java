package io.finguard.domain.token;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.RefusalCode;

/** Why a presented token was refused; audit and tests may rely on the codes, clients only see invalid_token. */
public enum TokenRefusal implements CodedRefusal {
    MALFORMED(RefusalCode.MALFORMED),
    BAD_ALGORITHM(RefusalCode.BAD_ALGORITHM),
    /** A token of another kind (a ticket where an access token belongs, or the other way round). */
    WRONG_TYPE(RefusalCode.WRONG_TYPE),
    UNKNOWN_KEY(RefusalCode.UNKNOWN_KEY),
    BAD_SIGNATURE(RefusalCode.BAD_SIGNATURE),
    EXPIRED(RefusalCode.EXPIRED),
    NOT_YET_VALID(RefusalCode.NOT_YET_VALID),
    WRONG_AUDIENCE(RefusalCode.WRONG_AUDIENCE),
    WRONG_ISSUER(RefusalCode.WRONG_ISSUER),
    BAD_CLAIMS(RefusalCode.BAD_CLAIMS),
    /** A well-formed token of a session that has ended (logout, block, credential change...). */
    SESSION_REVOKED(RefusalCode.SESSION_REVOKED);

    private final RefusalCode refusal;

    TokenRefusal(RefusalCode refusal) {
        this.refusal = refusal;
    }

    @Override
    public RefusalCode refusal() {
        return refusal;
    }
}
