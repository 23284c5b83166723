package io.finguard.domain.passkey;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.RefusalCode;

/** Why a passkey registration or assertion is refused; each names its wire code. */
public enum PasskeyRefusal implements CodedRefusal {
    /** Not a WebAuthn response this server accepts: unreadable, wrong ceremony type, bad signature, unsupported key. */
    INVALID(RefusalCode.PASSKEY_INVALID),
    /** The client data names an origin that is not configured. */
    WRONG_ORIGIN(RefusalCode.PASSKEY_WRONG_ORIGIN),
    /** The authenticator data is for another relying party id. */
    WRONG_RP_ID(RefusalCode.PASSKEY_WRONG_RP_ID),
    /** The client data carries another challenge than the one expected (a replay, or another transaction's). */
    WRONG_CHALLENGE(RefusalCode.PASSKEY_WRONG_CHALLENGE),
    /** The authenticator did not verify the user (PIN or biometric), so it is not a multi-factor proof. */
    USER_NOT_VERIFIED(RefusalCode.PASSKEY_USER_NOT_VERIFIED),
    /** No passkey of this user has the presented credential id. */
    UNKNOWN(RefusalCode.PASSKEY_UNKNOWN),
    /** The signature counter did not grow: a cloned credential or a replay. */
    SIGN_COUNT_REGRESSED(RefusalCode.PASSKEY_SIGN_COUNT_REGRESSED),
    /** No live server challenge for this user and purpose (never asked, expired, or already used). */
    CHALLENGE_MISSING(RefusalCode.PASSKEY_CHALLENGE_MISSING),
    /** The credential is registered already. */
    ALREADY_REGISTERED(RefusalCode.PASSKEY_ALREADY_REGISTERED),
    /** The user holds the most passkeys allowed. */
    LIMIT_REACHED(RefusalCode.PASSKEY_LIMIT_REACHED);

    private final RefusalCode refusal;

    PasskeyRefusal(RefusalCode refusal) {
        this.refusal = refusal;
    }

    @Override
    public RefusalCode refusal() {
        return refusal;
    }
}
